"""Fields for a table the sentence names but does not describe ("every order has line items").

Written as the phrases a user would type, and parsed by the same parser, so
they follow the same naming rules.

>>> DEFAULT_FIELDS["line item"]
('product name', 'quantity (1-5)', 'unit price ($2-200)')
"""

from __future__ import annotations

_PERSON = ("full name", "email", "phone", "city", "signup date")

DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "customer": _PERSON, "user": ("username", "email", "full name", "signup date"),
    "client": _PERSON, "member": _PERSON, "subscriber": ("email", "full name", "plan"),
    "person": ("full name", "gender", "date of birth", "city"),
    "employee": ("full name", "email", "department", "job title", "salary", "hire date"),
    "patient": ("full name", "date of birth", "gender", "blood type"),
    "student": ("full name", "email", "date of birth", "enrollment date"),
    "author": ("full name", "email"), "contact": ("full name", "email", "phone"),
    "order": ("order date", "order status", "total amount"),
    "line item": ("product name", "quantity (1-5)", "unit price ($2-200)"),
    "order item": ("product name", "quantity (1-5)", "unit price ($2-200)"),
    "item": ("product name", "quantity (1-5)", "unit price ($2-200)"),
    "product": ("product name", "category", "price"),
    "transaction": ("amount", "currency", "date and time", "status"),
    "payment": ("amount", "payment method", "paid at", "status"),
    "review": ("rating", "review", "review date"),
    "invoice": ("invoice number", "amount", "due date", "status"),
    "account": ("account number", "account type", "balance"),
    "company": ("company name", "industry", "employee count", "website"),
    "supplier": ("company name", "email", "phone", "country"),
    "address": ("street address", "city", "postcode", "country"),
    "comment": ("comment", "created at"), "post": ("title", "body", "created at"),
    "tweet": ("text", "created at", "likes"), "message": ("body", "sent at"),
    "book": ("title", "author", "price"), "movie": ("title", "genre", "release year"),
    "song": ("title", "artist", "duration in seconds (60-600)"),
    "vehicle": ("vin", "model year", "mileage", "colour"), "car": ("vin", "model year", "colour"),
    "flight": ("flight number", "departure at in the next 30 days", "status"),
    "event": ("event type", "timestamp"), "session": ("started at", "duration"),
    "ticket": ("subject", "priority", "status", "created at"),
    "shipment": ("tracking number", "shipping method", "shipped at", "status"),
    "device": ("device type", "os", "last seen"),
    "sensor": ("sensor type", "location"), "reading": ("timestamp", "value (0-100)"),
    "sensor reading": ("timestamp", "value (0-100)"),
    "booking": ("check in date in the next 90 days", "nights (1-14)", "status"),
    "appointment": ("appointment date", "status"), "department": ("department", "budget"),
    "store": ("store name", "city"), "course": ("title", "category", "price"),
    "enrollment": ("enrollment date", "status"), "visit": ("visit date", "reason"),
}  # fmt: skip
