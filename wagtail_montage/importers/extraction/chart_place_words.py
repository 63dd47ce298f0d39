"""A country or its people named before "it" are no record "it" might mean:
"Australian skaters took it up regardless, and it climbed to No. 31", "New Zealand
warmed to it first, it reached #17 over there". Only a run of capitals all of whose
words name a country or its people ("West Germany", "New Zealand", "Australian",
"Brits") is passed over; a title that holds one ("Australia Burning") is a name
still."""

from .lexicon import COUNTRIES, COUNTRY_ADJECTIVES
from .patterns import COUNTRIES_OF

# A country's adjective, or its people: "Australian skaters", "the Brits".
PEOPLES = COUNTRY_ADJECTIVES | {
    "Americans", "Brits", "Canadians", "Australians", "Aussies", "Germans",
    "Italians", "Swedes", "Norwegians", "Kiwis",
}  # fmt: skip
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
