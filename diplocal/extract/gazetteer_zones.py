"""The time zone of a meeting place, for "10 a.m. local time" (IANA names)."""

from __future__ import annotations

from diplocal.extract.gazetteer import COUNTRIES

_CITY_ZONES = {
    "Washington": "America/New_York", "New York": "America/New_York", "Ottawa": "America/Toronto",
    "Toronto": "America/Toronto", "Montreal": "America/Toronto", "Chicago": "America/Chicago",
    "Houston": "America/Chicago", "Los Angeles": "America/Los_Angeles", "San Francisco": "America/Los_Angeles",
    "Vancouver": "America/Vancouver", "Mexico City": "America/Mexico_City", "Havana": "America/Havana",
    "Caracas": "America/Caracas", "Bogota": "America/Bogota", "Lima": "America/Lima", "Quito": "America/Guayaquil",
    "Santiago": "America/Santiago", "Buenos Aires": "America/Argentina/Buenos_Aires", "Montevideo": "America/Montevideo",
    "Brasilia": "America/Sao_Paulo", "Rio de Janeiro": "America/Sao_Paulo", "Sao Paulo": "America/Sao_Paulo",
    "Bridgetown": "America/Barbados", "Kingston": "America/Jamaica", "Managua": "America/Managua",
    "London": "Europe/London", "Edinburgh": "Europe/London", "Dublin": "Europe/Dublin", "Lisbon": "Europe/Lisbon",
    "Madrid": "Europe/Madrid", "Barcelona": "Europe/Madrid", "Paris": "Europe/Paris", "Versailles": "Europe/Paris",
    "Strasbourg": "Europe/Paris", "Brussels": "Europe/Brussels", "Genval": "Europe/Brussels",
    "Luxembourg": "Europe/Luxembourg", "The Hague": "Europe/Amsterdam", "Amsterdam": "Europe/Amsterdam",
    "Bonn": "Europe/Berlin", "Berlin": "Europe/Berlin", "East Berlin": "Europe/Berlin", "Frankfurt": "Europe/Berlin",
    "Munich": "Europe/Berlin", "Hamburg": "Europe/Berlin", "Geneva": "Europe/Zurich", "Zurich": "Europe/Zurich",
    "Bern": "Europe/Zurich", "Basle": "Europe/Zurich", "Basel": "Europe/Zurich", "Davos": "Europe/Zurich",
    "Lausanne": "Europe/Zurich", "Vienna": "Europe/Vienna", "Salzburg": "Europe/Vienna", "Rome": "Europe/Rome",
    "Venice": "Europe/Rome", "Milan": "Europe/Rome", "Naples": "Europe/Rome", "Porto Cervo": "Europe/Rome",
    "Copenhagen": "Europe/Copenhagen", "Oslo": "Europe/Oslo", "Stockholm": "Europe/Stockholm",
    "Helsinki": "Europe/Helsinki", "Reykjavik": "Atlantic/Reykjavik", "Warsaw": "Europe/Warsaw",
    "Prague": "Europe/Prague", "Budapest": "Europe/Budapest", "Bucharest": "Europe/Bucharest", "Sofia": "Europe/Sofia",
    "Belgrade": "Europe/Belgrade", "Zagreb": "Europe/Zagreb", "Athens": "Europe/Athens", "Istanbul": "Europe/Istanbul",
    "Ankara": "Europe/Istanbul", "Moscow": "Europe/Moscow", "Kyiv": "Europe/Kyiv", "Kiev": "Europe/Kyiv",
    "Minsk": "Europe/Minsk", "Nicosia": "Asia/Nicosia", "Jerusalem": "Asia/Jerusalem", "Tel Aviv": "Asia/Jerusalem",
    "Cairo": "Africa/Cairo", "Amman": "Asia/Amman", "Damascus": "Asia/Damascus", "Beirut": "Asia/Beirut",
    "Baghdad": "Asia/Baghdad", "Tehran": "Asia/Tehran", "Teheran": "Asia/Tehran", "Riyadh": "Asia/Riyadh",
    "Jeddah": "Asia/Riyadh", "Kuwait": "Asia/Kuwait", "Doha": "Asia/Qatar", "Abu Dhabi": "Asia/Dubai",
    "Dubai": "Asia/Dubai", "Manama": "Asia/Bahrain", "Muscat": "Asia/Muscat", "New Delhi": "Asia/Kolkata",
    "Islamabad": "Asia/Karachi", "Beijing": "Asia/Shanghai", "Peking": "Asia/Shanghai", "Shanghai": "Asia/Shanghai",
    "Hong Kong": "Asia/Hong_Kong", "Tokyo": "Asia/Tokyo", "Osaka": "Asia/Tokyo", "Seoul": "Asia/Seoul",
    "Manila": "Asia/Manila", "Jakarta": "Asia/Jakarta", "Kuala Lumpur": "Asia/Kuala_Lumpur",
    "Singapore": "Asia/Singapore", "Bangkok": "Asia/Bangkok", "Hanoi": "Asia/Bangkok", "Canberra": "Australia/Sydney",
    "Sydney": "Australia/Sydney", "Wellington": "Pacific/Auckland", "Lagos": "Africa/Lagos", "Abuja": "Africa/Lagos",
    "Nairobi": "Africa/Nairobi", "Addis Ababa": "Africa/Addis_Ababa", "Pretoria": "Africa/Johannesburg",
    "Lusaka": "Africa/Lusaka", "Harare": "Africa/Harare", "Algiers": "Africa/Algiers", "Tunis": "Africa/Tunis",
    "Rabat": "Africa/Casablanca", "Dakar": "Africa/Dakar", "Tripoli": "Africa/Tripoli",
}  # fmt: skip


def zone_of(place: str | None) -> str | None:
    """The IANA zone of a city (or of a country's capital), or None when unknown."""
    if not place:
        return None
    if place in _CITY_ZONES:
        return _CITY_ZONES[place]
    for country in COUNTRIES:
        if place == country.name:
            return _CITY_ZONES.get(country.capital)
    return None
