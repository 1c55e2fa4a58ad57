"""Coordinates and time zones of capitals and diplomatic venues, for GEO and meeting times.

A small built-in table (no download): city centres to two decimals, which is what a
calendar's map link needs. Places not listed simply get no GEO.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    """A known place: its usual English name, centre coordinates and IANA time zone."""

    name: str
    latitude: float
    longitude: float
    zone: str


# name: (latitude, longitude, zone). Venues first, then capitals by region.
_PLACES: dict[str, tuple[float, float, str]] = {
    # Venues of international organisations and frequent summit towns
    "Geneva": (46.20, 6.15, "Europe/Zurich"),
    "New York": (40.71, -74.01, "America/New_York"),
    "Vienna": (48.21, 16.37, "Europe/Vienna"),
    "Brussels": (50.85, 4.35, "Europe/Brussels"),
    "Strasbourg": (48.57, 7.75, "Europe/Paris"),
    "Luxembourg": (49.61, 6.13, "Europe/Luxembourg"),
    "The Hague": (52.08, 4.31, "Europe/Amsterdam"),
    "Davos": (46.80, 9.84, "Europe/Zurich"),
    "Munich": (48.14, 11.58, "Europe/Berlin"),
    "Istanbul": (41.01, 28.98, "Europe/Istanbul"),
    "Sochi": (43.60, 39.73, "Europe/Moscow"),
    "Saint Petersburg": (59.94, 30.31, "Europe/Moscow"),
    "Dubai": (25.20, 55.27, "Asia/Dubai"),
    "Jeddah": (21.49, 39.19, "Asia/Riyadh"),
    "Sharm el-Sheikh": (27.92, 34.33, "Africa/Cairo"),
    "Bali": (-8.41, 115.19, "Asia/Makassar"),
    "Camp David": (39.65, -77.46, "America/New_York"),
    "Helsinki": (60.17, 24.94, "Europe/Helsinki"),
    "Reykjavik": (64.15, -21.94, "Atlantic/Reykjavik"),
    "Nairobi": (-1.29, 36.82, "Africa/Nairobi"),
    "Addis Ababa": (9.03, 38.74, "Africa/Addis_Ababa"),
    "Montreal": (45.50, -73.57, "America/Toronto"),
    "Rome": (41.90, 12.50, "Europe/Rome"),
    "Paris": (48.86, 2.35, "Europe/Paris"),
    # Europe
    "Amsterdam": (52.37, 4.90, "Europe/Amsterdam"),
    "Athens": (37.98, 23.73, "Europe/Athens"),
    "Belgrade": (44.79, 20.45, "Europe/Belgrade"),
    "Berlin": (52.52, 13.40, "Europe/Berlin"),
    "Bern": (46.95, 7.45, "Europe/Zurich"),
    "Bratislava": (48.15, 17.11, "Europe/Bratislava"),
    "Bucharest": (44.43, 26.10, "Europe/Bucharest"),
    "Budapest": (47.50, 19.04, "Europe/Budapest"),
    "Chisinau": (47.01, 28.86, "Europe/Chisinau"),
    "Copenhagen": (55.68, 12.57, "Europe/Copenhagen"),
    "Dublin": (53.35, -6.26, "Europe/Dublin"),
    "Kyiv": (50.45, 30.52, "Europe/Kyiv"),
    "Lisbon": (38.72, -9.14, "Europe/Lisbon"),
    "Ljubljana": (46.06, 14.51, "Europe/Ljubljana"),
    "London": (51.51, -0.13, "Europe/London"),
    "Madrid": (40.42, -3.70, "Europe/Madrid"),
    "Minsk": (53.90, 27.56, "Europe/Minsk"),
    "Moscow": (55.76, 37.62, "Europe/Moscow"),
    "Oslo": (59.91, 10.75, "Europe/Oslo"),
    "Prague": (50.08, 14.44, "Europe/Prague"),
    "Riga": (56.95, 24.11, "Europe/Riga"),
    "Sarajevo": (43.86, 18.41, "Europe/Sarajevo"),
    "Skopje": (42.00, 21.43, "Europe/Skopje"),
    "Sofia": (42.70, 23.32, "Europe/Sofia"),
    "Stockholm": (59.33, 18.07, "Europe/Stockholm"),
    "Tallinn": (59.44, 24.75, "Europe/Tallinn"),
    "Tirana": (41.33, 19.82, "Europe/Tirane"),
    "Valletta": (35.90, 14.51, "Europe/Malta"),
    "Vilnius": (54.69, 25.28, "Europe/Vilnius"),
    "Warsaw": (52.23, 21.01, "Europe/Warsaw"),
    "Zagreb": (45.81, 15.98, "Europe/Zagreb"),
    "Nicosia": (35.19, 33.38, "Asia/Nicosia"),
    "Ankara": (39.93, 32.86, "Europe/Istanbul"),
    # Caucasus and Central Asia
    "Baku": (40.41, 49.87, "Asia/Baku"),
    "Tbilisi": (41.72, 44.79, "Asia/Tbilisi"),
    "Yerevan": (40.18, 44.51, "Asia/Yerevan"),
    "Astana": (51.17, 71.45, "Asia/Almaty"),
    "Almaty": (43.24, 76.95, "Asia/Almaty"),
    "Tashkent": (41.30, 69.24, "Asia/Tashkent"),
    "Bishkek": (42.87, 74.59, "Asia/Bishkek"),
    "Dushanbe": (38.56, 68.79, "Asia/Dushanbe"),
    "Ashgabat": (37.96, 58.33, "Asia/Ashgabat"),
    # Middle East and North Africa
    "Abu Dhabi": (24.45, 54.38, "Asia/Dubai"),
    "Amman": (31.95, 35.93, "Asia/Amman"),
    "Baghdad": (33.31, 44.36, "Asia/Baghdad"),
    "Beirut": (33.89, 35.50, "Asia/Beirut"),
    "Cairo": (30.04, 31.24, "Africa/Cairo"),
    "Damascus": (33.51, 36.29, "Asia/Damascus"),
    "Doha": (25.29, 51.53, "Asia/Qatar"),
    "Jerusalem": (31.77, 35.21, "Asia/Jerusalem"),
    "Tel Aviv": (32.09, 34.78, "Asia/Jerusalem"),
    "Kuwait City": (29.38, 47.99, "Asia/Kuwait"),
    "Manama": (26.23, 50.59, "Asia/Bahrain"),
    "Muscat": (23.59, 58.41, "Asia/Muscat"),
    "Riyadh": (24.71, 46.68, "Asia/Riyadh"),
    "Tehran": (35.69, 51.39, "Asia/Tehran"),
    "Algiers": (36.75, 3.06, "Africa/Algiers"),
    "Rabat": (34.02, -6.84, "Africa/Casablanca"),
    "Tripoli": (32.89, 13.19, "Africa/Tripoli"),
    "Tunis": (36.81, 10.18, "Africa/Tunis"),
    # Sub-Saharan Africa
    "Abuja": (9.08, 7.40, "Africa/Lagos"),
    "Accra": (5.60, -0.19, "Africa/Accra"),
    "Dakar": (14.72, -17.47, "Africa/Dakar"),
    "Kampala": (0.35, 32.58, "Africa/Kampala"),
    "Khartoum": (15.50, 32.56, "Africa/Khartoum"),
    "Kinshasa": (-4.44, 15.27, "Africa/Kinshasa"),
    "Luanda": (-8.84, 13.23, "Africa/Luanda"),
    "Pretoria": (-25.75, 28.19, "Africa/Johannesburg"),
    "Johannesburg": (-26.20, 28.05, "Africa/Johannesburg"),
    # Asia and the Pacific
    "Beijing": (39.90, 116.41, "Asia/Shanghai"),
    "Canberra": (-35.28, 149.13, "Australia/Sydney"),
    "Sydney": (-33.87, 151.21, "Australia/Sydney"),
    "Dhaka": (23.81, 90.41, "Asia/Dhaka"),
    "Hanoi": (21.03, 105.85, "Asia/Ho_Chi_Minh"),
    "Islamabad": (33.68, 73.05, "Asia/Karachi"),
    "Jakarta": (-6.21, 106.85, "Asia/Jakarta"),
    "Kabul": (34.56, 69.21, "Asia/Kabul"),
    "Kuala Lumpur": (3.14, 101.69, "Asia/Kuala_Lumpur"),
    "Manila": (14.60, 120.98, "Asia/Manila"),
    "New Delhi": (28.61, 77.21, "Asia/Kolkata"),
    "Phnom Penh": (11.56, 104.93, "Asia/Phnom_Penh"),
    "Pyongyang": (39.04, 125.76, "Asia/Pyongyang"),
    "Seoul": (37.57, 126.98, "Asia/Seoul"),
    "Singapore": (1.29, 103.85, "Asia/Singapore"),
    "Bangkok": (13.76, 100.50, "Asia/Bangkok"),
    "Tokyo": (35.68, 139.69, "Asia/Tokyo"),
    "Ulaanbaatar": (47.89, 106.91, "Asia/Ulaanbaatar"),
    "Wellington": (-41.29, 174.78, "Pacific/Auckland"),
    # The Americas
    "Washington": (38.90, -77.04, "America/New_York"),
    "Ottawa": (45.42, -75.70, "America/Toronto"),
    "Mexico City": (19.43, -99.13, "America/Mexico_City"),
    "Havana": (23.11, -82.37, "America/Havana"),
    "Caracas": (10.48, -66.90, "America/Caracas"),
    "Bogota": (4.71, -74.07, "America/Bogota"),
    "Lima": (-12.05, -77.04, "America/Lima"),
    "Brasilia": (-15.79, -47.88, "America/Sao_Paulo"),
    "Buenos Aires": (-34.60, -58.38, "America/Argentina/Buenos_Aires"),
    "Santiago": (-33.45, -70.67, "America/Santiago"),
}

# Other spellings news text uses for the same places.
_ALIASES: dict[str, str] = {
    "Washington, D.C.": "Washington",
    "Washington DC": "Washington",
    "St. Petersburg": "Saint Petersburg",
    "St Petersburg": "Saint Petersburg",
    "Nur-Sultan": "Astana",
    "Delhi": "New Delhi",
    "Den Haag": "The Hague",
    "Bruxelles": "Brussels",
    "Genève": "Geneva",
    "Geneve": "Geneva",
    "Wien": "Vienna",
    "Moskva": "Moscow",
    "Kiev": "Kyiv",
    "Bogotá": "Bogota",
    "Brasília": "Brasilia",
}

_INDEX: dict[str, Place] = {name.casefold(): Place(name, *row) for name, row in _PLACES.items()}
_INDEX.update({alias.casefold(): _INDEX[target.casefold()] for alias, target in _ALIASES.items()})


def find_place(location: str | None) -> Place | None:
    """The known place a meeting's location names ("Brussels", "Geneva, Switzerland"), or None."""
    if not location:
        return None
    key = location.strip().casefold()
    if key in _INDEX:
        return _INDEX[key]
    head = key.split(",", 1)[0].strip()
    return _INDEX.get(head)
