"""A country or its people named before "it" are no record "it" might mean:
"Australian skaters took it up regardless, and it climbed to No. 31", "New Zealand
warmed to it first, it reached #17 over there". Only a run of capitals all of whose
words name a country or its people ("West Germany", "New Zealand", "Australian",
"Brits") is passed over; a title that holds one ("Australia Burning") is a name
still."""

from .lexicon import COUNTRIES
from .patterns import COUNTRIES_OF

PEOPLES = frozenset(
    {
        "American",
        "Americans",
        "British",
        "Brits",
        "English",
        "Canadian",
        "Canadians",
        "Australian",
        "Australians",
        "Aussie",
        "Aussies",
        "German",
        "Germans",
        "French",
        "Irish",
        "Dutch",
        "Italian",
        "Italians",
        "Spanish",
        "Japanese",
        "Swedish",
        "Swedes",
        "Norwegian",
        "Norwegians",
        "Danish",
        "Kiwi",
        "Kiwis",
        "Scottish",
        "Welsh",
    }
)
# The words of the countries' names: "West Germany", "New Zealand", "United States".
PLACE_WORDS = (
    frozenset(
        word
        for name in (*COUNTRIES, *COUNTRIES_OF, "West Germany")
        for word in name.split()
    )
    | PEOPLES
)
# Words of a country's name that are no place alone.
COMMON = frozenset({"The", "of", "and"})


def place_run(name):
    """Whether the run of capitals ``name`` only names countries or their people."""
    words = name.replace("'s", "").split()
    return bool(words) and all(
        word in PLACE_WORDS and word not in COMMON for word in words
    )
