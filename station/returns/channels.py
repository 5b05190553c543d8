"""The condition vocabularies of resale channels. A policy maps each grade onto one value of
each channel it lists; an empty value means "not listed on that channel"."""

AMAZON = (
    "New", "Used - Like New", "Used - Very Good", "Used - Good", "Used - Acceptable",
)
# eBay condition IDs (1000 New ... 7000 For parts or not working).
EBAY = (
    "1000", "1500", "1750", "2000", "2010", "2020", "2030", "2500", "2750", "3000", "4000",
    "5000", "6000", "7000",
)
BACK_MARKET = ("Excellent", "Good", "Fair")

VOCABULARIES: dict[str, tuple[str, ...]] = {
    "amazon": AMAZON,
    "ebay": EBAY,
    "backmarket": BACK_MARKET,
}
