import pytest

from procesbouw.model import ValidationError
from procesbouw.units import (
    day_basis,
    format_duration,
    format_duration_rounded,
    format_durations_alike,
    format_number,
    format_percent,
    format_significant,
    parse_duration,
    parse_percentage,
)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("45m", 45),
        ("45 min", 45),
        ("45 minuten", 45),
        ("90", 90),
        ("3u", 180),
        ("3h", 180),
        ("3 uur", 180),
        ("3 hours", 180),
        ("1,5 uur", 90),
        ("1.5h", 90),
        ("2d", 2880),
        ("2 dagen", 2880),
        ("1 dag", 1440),
        ("2 days", 2880),
        ("1w", 7 * 1440),
        ("2d 4u", 2 * 1440 + 240),
        ("  30M ", 30),
        (",5u", 30),
    ],
)
def test_parse_duration_accepts_dutch_and_english(text: str, minutes: float) -> None:
    assert parse_duration(text) == pytest.approx(minutes)


def test_a_day_follows_the_maps_working_day() -> None:
    assert parse_duration("2d", hours_per_day=8) == 2 * 8 * 60
    assert parse_duration("1w", hours_per_day=8) == 5 * 8 * 60


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("-3", "negatief"),
        ("abc", "geen tijd"),
        ("", "Vul een tijd in"),
        ("3 jaar", "Onbekende eenheid"),
        ("5x", "Onbekende eenheid"),
        ("1e400", "Onbekende eenheid"),
        ("3u -", "geen tijd"),
    ],
)
def test_parse_duration_says_what_is_wrong(text: str, fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment):
        parse_duration(text)


@pytest.mark.parametrize(
    ("minutes", "nl", "en"),
    [
        (0, "0 min", "0 min"),
        (45, "45 min", "45 min"),
        (90, "1,5 u", "1.5 h"),
        (180, "3 u", "3 h"),
        (1440, "1 d", "1 d"),
        (2880, "2 d", "2 d"),
        (1500, "25 u", "25 h"),
        (61, "61 min", "61 min"),
    ],
)
def test_format_duration_uses_the_largest_exact_unit(minutes: float, nl: str, en: str) -> None:
    assert format_duration(minutes) == nl
    assert format_duration(minutes, lang="en") == en


@pytest.mark.parametrize("minutes", [0, 1, 45, 59, 61, 90, 125, 1440, 1500, 3000, 10081])
def test_formatted_durations_parse_back(minutes: float) -> None:
    assert parse_duration(format_duration(minutes)) == pytest.approx(minutes, abs=1)


def test_numbers_group_thousands_only_when_asked() -> None:
    assert format_number(12345.67, 1, "nl", grouping=True) == "12.345,7"
    assert format_number(12345.67, 1, "en", grouping=True) == "12,345.7"
    assert format_number(12345.0, 1, "nl") == "12345"


def test_rounded_duration_for_reading_aloud() -> None:
    assert format_duration_rounded(6 * 1440 + 100) == "6,1 dagen"
    assert format_duration_rounded(125, lang="en") == "2.1 h"
    assert format_duration_rounded(30) == "30 min"
    assert format_duration_rounded(2 * 480, hours_per_day=8) == "2 werkdagen"


@pytest.mark.parametrize(("text", "value"), [("95", 95), ("95%", 95), ("99,5 %", 99.5), ("0", 0)])
def test_parse_percentage(text: str, value: float) -> None:
    assert parse_percentage(text) == value


@pytest.mark.parametrize("text", ["101%", "-1", "abc", "", "nan"])
def test_bad_percentages_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_percentage(text)


@pytest.mark.parametrize(
    ("fraction", "nl", "en"),
    [
        (0, "0 %", "0%"),
        (1, "100 %", "100%"),
        (0.8333, "83 %", "83%"),
        (0.123, "12 %", "12%"),
        (0.044, "4,4 %", "4.4%"),
        (0.004, "0,4 %", "0.4%"),  # the sample's flow efficiency: never "0 %"
        (0.0049, "0,49 %", "0.49%"),
        (0.00009, "0,009 %", "0.009%"),  # an ACME-like map
        (0.98**982, "< 0,001 %", "< 0.001%"),  # 982 steps at 98 %: not 80 zeros wide
        (0.9996, "99,96 %", "99.96%"),  # not 100 % when it is not
    ],
)
def test_one_percentage_format_never_shows_a_real_figure_as_zero(
    fraction: float, nl: str, en: str
) -> None:
    assert format_percent(fraction, "nl") == nl
    assert format_percent(fraction, "en") == en


@pytest.mark.parametrize(
    ("value", "nl"),
    [
        (0, "0"),
        (7.45, "7,5"),
        (0.0123, "0,012"),
        (42.26, "42,3"),
        (1234.6, "1.235"),
        (-3.5, "-3,5"),
    ],
)
def test_significant_numbers(value: float, nl: str) -> None:
    assert format_significant(value, "nl") == nl


def test_days_say_which_day_they_mean() -> None:
    assert format_duration_rounded(1440) == "1 dag"
    assert format_duration_rounded(480, hours_per_day=8) == "1 werkdag"
    assert format_duration_rounded(480, hours_per_day=8, lang="en") == "1 working day"
    assert format_duration_rounded(2880, lang="en") == "2 days"
    assert day_basis(24) == "kalenderdagen (24 u)"
    assert day_basis(7.5) == "werkdagen van 7,5 uur"
    assert day_basis(8, "en") == "working days of 8 hours"


@pytest.mark.parametrize(
    ("first", "second", "hours", "expected"),
    [
        # What-if on the sample: "1 dag → 19,9 u … 4,8 u korter" did not add up.
        (24.7 * 60, 19.9 * 60, 24.0, ("24,7 u", "19,9 u")),
        (6 * 24 * 60, 24 * 60, 24.0, ("6 dagen", "1 dag")),  # both days: as each reads
        (30, 200, 24.0, ("30 min", "3,3 u")),  # under an hour: as each reads
        (20 * 60, 9 * 60, 8.0, ("2,5 werkdagen", "1,1 werkdagen")),  # days of 8 hours
        (20 * 60, 5 * 60, 8.0, ("20 u", "5 u")),
    ],
)
def test_two_durations_read_against_each_other_share_a_unit(
    first: float, second: float, hours: float, expected: tuple[str, str]
) -> None:
    assert format_durations_alike(first, second, hours) == expected
