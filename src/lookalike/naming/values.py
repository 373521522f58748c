"""Plausible values for categorical fields known only by their name.

A field called ``order_status`` or ``payment_method`` with no list of values
still has a small, well-known set of them; these lists (with rough shares) are
what such a field draws from. Explicit values from the user always replace
them.

>>> values, weights = CATEGORIES["payment_method"]
>>> values[0], len(values) == len(weights)
('credit card', True)
"""

from __future__ import annotations

#: name -> (values, weights); weights are rough shares that sum to 100.
CATEGORIES: dict[str, tuple[list[str], list[float]]] = {
    "order_status": (
        ["pending", "processing", "shipped", "delivered", "cancelled", "returned"],
        [10, 10, 15, 55, 6, 4],
    ),
    "payment_status": (["completed", "pending", "failed", "refunded"], [80, 10, 6, 4]),
    "account_status": (["active", "inactive", "suspended"], [75, 20, 5]),
    "ticket_status": (["open", "in progress", "resolved", "closed"], [20, 20, 25, 35]),
    "application_status": (["pending", "approved", "rejected"], [30, 50, 20]),
    "device_status": (["online", "offline", "error", "maintenance"], [80, 12, 5, 3]),
    "employment_status": (
        ["full-time", "part-time", "contractor", "intern"],
        [70, 15, 10, 5],
    ),
    "status": (["active", "inactive", "pending"], [70, 20, 10]),
    "payment_method": (
        ["credit card", "debit card", "PayPal", "bank transfer", "Apple Pay", "cash"],
        [35, 30, 15, 10, 7, 3],
    ),
    "shipping_method": (
        ["standard", "express", "next day", "click and collect"],
        [60, 20, 12, 8],
    ),
    "transaction_type": (
        ["payment", "deposit", "withdrawal", "transfer", "refund"],
        [45, 20, 15, 15, 5],
    ),
    "account_type": (["checking", "savings", "credit", "business"], [45, 30, 15, 10]),
    "customer_type": (["individual", "business"], [80, 20]),
    "device_type": (["mobile", "desktop", "tablet"], [58, 35, 7]),
    "operating_system": (
        ["Android", "iOS", "Windows", "macOS", "Linux"],
        [40, 25, 22, 10, 3],
    ),
    "browser": (["Chrome", "Safari", "Edge", "Firefox", "Samsung Internet", "Opera"],
                [64, 19, 5, 3, 3, 2]),
    "channel": (
        ["organic search", "paid search", "social", "email", "direct", "referral"],
        [30, 15, 20, 10, 15, 10],
    ),
    "priority": (["low", "medium", "high", "critical"], [30, 40, 22, 8]),
    "plan": (["free", "basic", "premium", "enterprise"], [50, 25, 18, 7]),
    "role": (["member", "editor", "admin", "viewer"], [55, 15, 5, 25]),
    "event_type": (
        ["page_view", "click", "add_to_cart", "purchase", "sign_up"],
        [55, 25, 10, 5, 5],
    ),
    "marital_status": (["single", "married", "divorced", "widowed"], [40, 45, 10, 5]),
    "education": (
        ["high school", "bachelor's degree", "master's degree", "doctorate"],
        [40, 38, 18, 4],
    ),
    "blood_type": (
        ["O+", "A+", "B+", "AB+", "O-", "A-", "B-", "AB-"],
        [37, 34, 9, 3, 7, 6, 2, 2],
    ),
    "colour": (
        ["black", "white", "grey", "blue", "red", "green", "silver", "yellow"],
        [20, 18, 14, 14, 10, 8, 10, 6],
    ),
    "size": (["XS", "S", "M", "L", "XL", "XXL"], [6, 18, 30, 26, 14, 6]),
    "language": (
        ["English", "Spanish", "French", "German", "Portuguese", "Chinese", "Arabic", "Hindi"],
        [40, 14, 10, 8, 8, 8, 6, 6],
    ),
    "weekday": (
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        [15, 15, 15, 15, 16, 12, 12],
    ),
    "month": (
        ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"],
        [8, 8, 8, 8, 8, 8, 9, 9, 8, 8, 9, 9],
    ),
    "product_category": (
        ["Electronics", "Clothing", "Home & Kitchen", "Books", "Sports & Outdoors",
         "Health & Beauty", "Toys & Games", "Groceries"],
        [20, 18, 15, 10, 10, 10, 8, 9],
    ),
    "product": (
        ["Wireless Headphones", "Bluetooth Speaker", "USB-C Cable", "Smartwatch",
         "Mechanical Keyboard", "27-inch Monitor", "Wireless Mouse", "Laptop Stand",
         "External SSD 1TB", "Electric Kettle", "Frying Pan", "Coffee Grinder", "Air Fryer",
         "Running Shoes", "Yoga Mat", "Water Bottle", "Camping Tent", "Denim Jacket",
         "Cotton T-Shirt", "Rain Jacket", "Paperback Novel", "Cookbook", "Board Game",
         "Electric Toothbrush", "Face Cream", "Dog Food 10kg", "Desk Lamp", "Backpack"],
        [1.0] * 28,
    ),
    "timezone": (
        ["UTC", "Europe/London", "Europe/Berlin", "America/New_York", "America/Chicago",
         "America/Los_Angeles", "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney"],
        [10, 12, 12, 18, 10, 12, 9, 9, 8],
    ),
    "bank": (
        ["JPMorgan Chase", "Bank of America", "Wells Fargo", "Citibank", "HSBC", "Barclays",
         "Lloyds Bank", "Santander", "BNP Paribas", "Deutsche Bank", "ING", "Capital One"],
        [14, 13, 10, 9, 10, 8, 7, 8, 6, 6, 5, 4],
    ),
    "country_mix": (
        ["United States", "India", "United Kingdom", "Germany", "Brazil", "Canada", "France",
         "Australia", "Japan", "Mexico", "Spain", "Italy", "Netherlands", "Nigeria",
         "Philippines", "Poland"],
        [22, 12, 9, 8, 7, 6, 6, 5, 5, 4, 4, 4, 2, 2, 2, 2],
    ),
    "severity": (["low", "medium", "high", "critical"], [40, 35, 18, 7]),
    "sensor_type": (["temperature", "humidity", "pressure", "motion", "light"],
                    [30, 25, 15, 15, 15]),
    "unit": (["kg", "g", "l", "ml", "pcs"], [25, 15, 15, 10, 35]),
    # Busiest airports by passengers (IATA codes) and large airlines: a flight table's places.
    "airport": (["ATL", "DXB", "DFW", "LHR", "HND", "DEN", "IST", "LAX", "ORD", "DEL", "CDG",
                 "JFK", "AMS", "FRA", "MAD", "SIN", "ICN", "BCN", "MUC", "SFO", "SEA", "YYZ",
                 "FCO", "SYD", "GRU", "MEX", "DOH", "BKK", "HKG", "PVG"],
                [11, 9, 8, 8, 8, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 5, 5, 4, 5, 5, 5, 4, 4, 4,
                 5, 5, 6, 5, 6]),
    "airline": (["American Airlines", "Delta Air Lines", "United Airlines", "Southwest Airlines",
                 "Ryanair", "Lufthansa", "Air France", "British Airways", "Emirates",
                 "Turkish Airlines", "easyJet", "Qatar Airways", "KLM", "Singapore Airlines",
                 "ANA", "Iberia", "LATAM Airlines", "Air Canada"],
                [14, 13, 12, 11, 10, 6, 5, 5, 5, 5, 6, 4, 4, 3, 3, 3, 3, 3]),
    "service": (["api-gateway", "auth-service", "user-service", "order-service",
                 "payment-service", "inventory-service", "search-service",
                 "notification-service", "billing-service", "frontend"],
                [20, 14, 12, 12, 8, 8, 8, 6, 6, 6]),
}  # fmt: skip
