"""A position with no chart of its own, given the one chart named near it only
because the others cannot hold its kind of record. A post that names a single's
charts in two countries ("the UK singles chart", "the Media Control chart") and
then a position of the film's album with no chart says nothing of the album's
chart: that the UK singles chart holds no album does not put the album on the
German chart. The position is then left to the review. Two charts of one country
("the UK singles chart" and "the UK albums chart") still tell which is the
record's, its kind's."""

from .chart_bare_country import CHART_COUNTRIES


def fit_alone(charts, fitting):
    """Whether the one chart of ``fitting`` was left among ``charts`` only by the
    kind of record, another country's chart put aside."""
    countries = {_country(chart) for chart in fitting}
    return any(
        _country(chart) not in countries | {None}
        for chart in charts
        if chart not in fitting
    )


def _country(chart):
    """The country of a listed chart: each of Billboard's is the US's."""
    return CHART_COUNTRIES.get(chart) or (
        "us" if chart.startswith("billboard") else None
    )
