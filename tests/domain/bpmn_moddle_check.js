// Parses a BPMN file with bpmn-moddle (the library bpmn.io and Camunda Modeler read with)
// and prints {"ok", "type", "warnings"} as JSON. Used by test_exchange_bpmn_export.py.
const { BpmnModdle } = require('bpmn-moddle');
const fs = require('fs');

(async () => {
  const moddle = new BpmnModdle();
  const xml = fs.readFileSync(process.argv[2], 'utf8');
  try {
    const { rootElement, warnings } = await moddle.fromXML(xml);
    console.log(JSON.stringify({
      ok: true, type: rootElement.$type, warnings: warnings.map((w) => w.message),
    }));
  } catch (error) {
    console.log(JSON.stringify({
      ok: false, error: String(error.message), warnings: (error.warnings || []).map((w) => w.message),
    }));
  }
})();
