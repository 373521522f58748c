"""The naming rules: which realistic field a name (and a type family) asks for.

A name is cut into lower-case words (``customerEmail`` → ``customer email``) and
matched against the rules in order; the first rule that fits the type family
wins. Rules marked ``extraction=False`` guess values from the name alone
(``order_status`` → pending, shipped, ...); database extraction leaves those
out because the database itself says more (CHECK lists, statistics). Each hit
also says how long its strings can get, so a short ``VARCHAR`` can fall back.

>>> guess("customerEmail", "string").field
{'kind': 'internet', 'attribute': 'email'}
>>> guess("order_status", "string").field["values"][:3]
['pending', 'processing', 'shipped']
>>> guess("order_status", "string", extraction=True) is None
True
>>> guess("salary", "integer").field["min_value"], guess("age").field["attribute"]
(18000, 'age')
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Any, Literal

from lookalike.naming.values import CATEGORIES
from lookalike.naming.words import words_of

#: Type families the rules are written for.
FAMILIES = ("string", "integer", "decimal", "float", "boolean", "date", "datetime", "time")
#: Families a plain "number" may become, in order of preference.
NUMERIC = ("integer", "decimal", "float")

Match = Literal["contains", "exact", "last", "first"]


@dataclass(frozen=True)
class Guess:
    """A field for a name, why it was chosen, and the longest string it makes."""

    field: dict[str, Any]
    reason: str
    max_length: int = 0  # 0: not a string
    family: str = ""


@dataclass(frozen=True)
class Rule:
    """Names (as words) that ask for ``field`` when the type is one of ``families``."""

    words: tuple[str, ...]
    families: tuple[str, ...]
    field: dict[str, Any]
    reason: str
    max_length: int = 0
    match: Match = "contains"
    extraction: bool = True
    squashed: frozenset[str] = dataclasses.field(init=False, repr=False, compare=False)
    pattern: re.Pattern[str] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "squashed", frozenset(w.replace(" ", "") for w in self.words))
        alternatives = "|".join(re.escape(w) for w in sorted(self.words, key=len, reverse=True))
        anchors = {"exact": ("^", "$"), "last": ("(?:^| )", "$"), "first": ("^", "(?:$| )")}
        before, after = anchors.get(self.match, ("(?:^| )", "(?:$| )"))
        object.__setattr__(self, "pattern", re.compile(f"{before}(?:{alternatives}){after}"))

    def hits(self, text: str) -> bool:
        """Whether the words of a name (``text``) fit this rule."""
        if self.pattern.search(text) is not None:
            return True
        return self.match == "contains" and text.replace(" ", "") in self.squashed


def _r(
    words: str,
    families: str,
    spec: dict[str, Any],
    reason: str,
    max_length: int = 0,
    *,
    match: Match = "contains",
    extraction: bool = False,
) -> Rule:
    return Rule(
        tuple(w.strip() for w in words.split(",")),
        tuple(families.split()),
        spec,
        reason,
        max_length,
        match,
        extraction,
    )


def _choice(category: str) -> dict[str, Any]:
    values, weights = CATEGORIES[category]
    return {"kind": "choice", "values": list(values), "weights": list(weights)}


def _money(low: float, high: float, median: float, sigma: float = 1.0) -> dict[str, Any]:
    return {"kind": "decimal", "min_value": low, "max_value": high,
            "distribution": "lognormal", "mean": median, "sigma": sigma}  # fmt: skip


def _int(low: int, high: int, **more: Any) -> dict[str, Any]:
    return {"kind": "integer", "min_value": low, "max_value": high, **more}


def _float(low: float, high: float, digits: int = 1, **more: Any) -> dict[str, Any]:
    return {"kind": "float", "min_value": low, "max_value": high, "round": digits, **more}


def _when(kind: str, low: str, high: str) -> dict[str, Any]:
    return {"kind": kind, "min_value": low, "max_value": high}


_S, _N, _B = "string", "decimal float integer", "boolean"
_PAST = {"min_value": "now-3y", "max_value": "now"}
_TEXT = {"kind": "text", "unit": "sentences", "min_count": 1, "max_count": 3}

#: Rules that only field lists and sentences use, tried before extraction's.
_FIRST: tuple[Rule, ...] = (
    _r("is active,active,enabled,is enabled,is available,available,in stock", _B,
       {"kind": "boolean", "probability": 0.85}, "mostly-true flag", match="last"),
    _r("deleted,is deleted,archived,banned,churned,is fraud,fraud,fraudulent,flagged,"
       "is test", _B, {"kind": "boolean", "probability": 0.05}, "rare flag", match="last"),
    _r("is,has,can,was,did,should,allow,allows,opted", _B, {"kind": "boolean"}, "yes/no flag",
       match="first"),
    _r("verified,confirmed,subscribed,opted in,newsletter,consent,paid,completed,flag", _B,
       {"kind": "boolean", "probability": 0.7}, "yes/no flag", match="last"),
    _r("id", "integer", {"kind": "sequence", "start": 1}, "row identifier", match="exact"),
    _r("id,guid,key", _S, {"kind": "uuid"}, "identifier", 36, match="exact"),
    _r("id,uid,identifier", _S, {"kind": "uuid"}, "identifier", 36, match="last"),
    _r("id,identifier", "integer", _int(1, 100_000), "identifier number", match="last"),
    _r("date of birth,dob,birth date,birthdate,birthday,born", "date datetime",
       {"kind": "person", "attribute": "date_of_birth"}, "date of birth"),
    _r("expires at,expiry date,expiration date,expires,expires on,due date,due at,due,"
       "renewal date,valid until,end date,ends at,deadline,scheduled at,scheduled for,"
       "appointment,appointment date,delivery date,estimated delivery", "date datetime",
       _when("date", "now", "now+1y"), "future date"),
    _r("hire date,hired,start date,join date,joined,joined at,joined on,signup date,sign up date,"
       "registration date,registered,registered at,registered on,enrolled,enrollment date,"
       "member since,customer since,opened,open date", "date datetime",
       _when("date", "now-5y", "now"), "past date"),
    _r("date,day,on", "date datetime", {"kind": "date", **_PAST}, "date", match="last"),
    _r("at,timestamp,datetime,date time,time,when,ts,last seen,last active,last login",
       "datetime date", {"kind": "datetime", **_PAST}, "event time", match="last"),
    _r("address,full address,home address,mailing address,postal address,"
       "shipping address,billing address,delivery address", _S,
       {"kind": "address", "attribute": "full"}, "postal address", 120, match="exact"),
    _r("ip,ip address,ipv4,ipv4 address", _S, {"kind": "internet", "attribute": "ipv4"},
       "IP address", 15),
    _r("ipv6,ipv6 address", _S, {"kind": "internet", "attribute": "ipv6"}, "IPv6 address", 39),
    _r("mac,mac address", _S, {"kind": "internet", "attribute": "mac"}, "MAC address", 17),
    _r("user agent", _S, {"kind": "internet", "attribute": "user_agent"}, "user agent", 200),
    _r("domain,domain name,hostname,host name", _S, {"kind": "internet", "attribute": "domain"},
       "domain name", 60),
    _r("password,password hash,passwd", _S, {"kind": "internet", "attribute": "password_hash"},
       "password hash", 60),
    _r("card expiry,card expiration,card exp,card expiry date,expiry month", _S,
       {"kind": "finance", "attribute": "card_expiry"}, "card expiry", 5),
    _r("cvv,cvc,cvv2,security code", _S, {"kind": "finance", "attribute": "cvv"}, "card CVV", 4),
    _r("card type,card scheme,card brand,card network", _S,
       {"kind": "finance", "attribute": "card_scheme"}, "card scheme", 20),
    _r("bic,swift,swift code,bic code", _S, {"kind": "pattern", "pattern": "??????**"}, "BIC", 8),
    _r("sort code", _S, {"kind": "finance", "attribute": "sort_code"}, "sort code", 8),
    _r("account number,bank account,account no,acct number,account num", _S,
       {"kind": "finance", "attribute": "account_number"}, "account number", 20),
    _r("bank,bank name", _S, _choice("bank"), "bank name", 24),
    _r("email verified,phone verified", _B, {"kind": "boolean", "probability": 0.7},
       "yes/no flag"),
    _r("ni number,national insurance,national insurance number,nino", _S,
       {"kind": "identifier", "scheme": "ni_number"}, "National Insurance number", 13),
    _r("nhs number,nhs", _S, {"kind": "identifier", "scheme": "nhs_number"}, "NHS number", 12),
    _r("ein,tax id,tin,employer id", _S, {"kind": "identifier", "scheme": "ein"},
       "tax number", 10),
    _r("cpf", _S, {"kind": "identifier", "scheme": "cpf"}, "CPF number", 14),
    _r("cnpj", _S, {"kind": "identifier", "scheme": "cnpj"}, "CNPJ number", 18),
    _r("dni", _S, {"kind": "identifier", "scheme": "dni"}, "DNI number", 9),
    _r("nie", _S, {"kind": "identifier", "scheme": "nie"}, "NIE number", 9),
    _r("bsn", _S, {"kind": "identifier", "scheme": "bsn"}, "BSN number", 9),
    _r("aadhaar,aadhaar number", _S, {"kind": "identifier", "scheme": "aadhaar"}, "Aadhaar", 14),
    _r("pan,pan number", _S, {"kind": "identifier", "scheme": "pan"}, "PAN", 10),
    _r("cnic", _S, {"kind": "identifier", "scheme": "cnic"}, "CNIC", 15),
    _r("codice fiscale", _S, {"kind": "identifier", "scheme": "codice_fiscale"},
       "codice fiscale", 16),
    _r("steuer id,steuerid,tax identification number", _S,
       {"kind": "identifier", "scheme": "steuer_id"}, "Steuer-ID", 14),
    _r("utr", _S, {"kind": "identifier", "scheme": "utr"}, "UTR", 10),
    _r("vat,vat number,vat id", _S, {"kind": "identifier", "scheme": "vat"}, "VAT number", 14),
    _r("product name,product,item,item name,product title", _S, _choice("product"),
       "product name", 30, match="last"),
    _r("merchant,merchant name,vendor,vendor name,supplier,supplier name,store,store name,"
       "brand,manufacturer,shop,retailer,customer company,client company", _S,
       {"kind": "company", "attribute": "name"}, "company name", 60, match="last"),
    _r("industry,sector", _S, {"kind": "company", "attribute": "industry"}, "industry", 40),
    _r("company size,size category", _S, {"kind": "company", "attribute": "size_category"},
       "company size", 20),
    _r("employees,employee count,headcount,number of employees,staff count", "integer",
       {"kind": "company", "attribute": "employee_count"}, "employee count"),
    _r("founded,founded year,year founded,founding year", "integer",
       {"kind": "company", "attribute": "founded_year"}, "founding year"),
    _r("title,salutation,honorific,name prefix", _S, {"kind": "person", "attribute": "title"},
       "title", 6, match="exact"),
    _r("display name,customer name,client name,patient name,student name,author,"
       "owner name,contact,holder name,account holder,cardholder,card holder,guest name,"
       "guest,assignee,assignee name,reporter,reporter name,agent name,manager name,"
       "driver name,passenger name,recipient,recipient name,sender name,buyer name,"
       "seller name,tenant name,landlord name,doctor name,physician,teacher name,instructor,"
       "beneficiary,beneficiary name,emergency contact,next of kin,sales rep,rep name,"
       "player name,member name,user full name,applicant name,candidate name", _S,
       {"kind": "person", "attribute": "full_name"}, "person's name", 48, match="last"),
    _r("doctor,physician,nurse,teacher,instructor,manager,supervisor,agent,driver,host,tutor,"
       "coach,therapist,dentist,lawyer,salesperson,cashier,technician,reviewer,approver,"
       "interviewer,recruiter,customer,client,patient,employee,owner,buyer,seller,student,"
       "attendee,passenger,organiser,organizer,speaker,trainer,caregiver,landlord,tenant,"
       "artist,singer,musician,composer,director,actor,actress,writer,painter,photographer",
       _S, {"kind": "person", "attribute": "full_name"}, "person's name", 48, match="exact"),
    _r("nationality,citizenship", _S, {"kind": "address", "attribute": "country"},
       "country", 56),
    _r("location", _S, {"kind": "address", "attribute": "city"}, "city", 40, match="last"),
    _r("age,ages,customer age,patient age", "integer", {"kind": "person", "attribute": "age"},
       "age", match="last"),
    _r("salary,annual salary,base salary,income,annual income,wage,compensation,pay",
       "integer decimal float",
       _int(18_000, 250_000, distribution="lognormal", mean=52_000, sigma=0.45),
       "salary", match="last"),
    _r("hourly rate,hourly wage,rate per hour", _N, _money(8, 150, 25, 0.5), "hourly rate"),
    _r("balance,account balance", _N, _money(0, 50_000, 1_500, 1.2), "balance"),
    _r("revenue,annual revenue,sales,turnover,market cap,market capitalisation,"
       "market capitalization,valuation", _N, _money(10_000, 10**9, 2_000_000, 1.8), "revenue",
       match="last"),
    _r("shipping cost,shipping fee,delivery fee,delivery cost,shipping price", _N,
       _money(0, 30, 5, 0.6), "shipping cost"),
    _r("count,views,clicks,visits,followers,likes,shares,downloads,sessions,logins,orders,"
       "purchases,page views,impressions,comments count,number of orders,retweets,reposts,"
       "upvotes,downvotes,replies,votes,subscribers,members count", "integer",
       _int(0, 10_000, distribution="lognormal", mean=20, sigma=1.5), "count", match="last"),
    _r("stock,inventory,stock level,in stock,units in stock,quantity in stock", "integer",
       _int(0, 500), "stock level"),
    _r("credit score,fico", "integer", _int(300, 850, distribution="normal", mean=690,
       stddev=70), "credit score"),
    _r("heart rate,pulse,bpm", "integer", _int(45, 140, distribution="normal", mean=74,
       stddev=11), "heart rate"),
    _r("systolic,blood pressure", "integer", _int(90, 180, distribution="normal", mean=122,
       stddev=14), "blood pressure"),
    _r("percent,percentage,pct,completion,progress,share,probability", "float integer decimal",
       _float(0, 100), "percentage", match="last"),
    _r("discount percent,discount rate,discount percentage,discount pct", "float integer",
       _float(0, 50), "discount percentage"),
    _r("interest rate,apr,tax rate,vat rate", "float decimal", _float(0, 25, 2),
       "interest rate"),
    _r("exchange rate,fx rate", "float decimal", _float(0.5, 2, 4), "exchange rate"),
    _r("conversion rate,click through rate,ctr,churn rate,bounce rate", "float",
       _float(0, 100, 2), "rate as percentage"),
)  # fmt: skip

#: The rules database extraction has always used (plus a few field-list-only ones).
_MAIN: tuple[Rule, ...] = (
    _r("email,e mail,email address,mail", _S, {"kind": "internet", "attribute": "email"},
       "email address", 64, extraction=True),
    _r("first name,firstname,given name,forename", _S,
       {"kind": "person", "attribute": "first_name"}, "first name", 20, extraction=True),
    _r("last name,lastname,surname,family name", _S,
       {"kind": "person", "attribute": "last_name"}, "last name", 24, extraction=True),
    _r("middle name", _S, {"kind": "person", "attribute": "middle_name"}, "middle name", 20,
       extraction=True),
    _r("full name,fullname,customer name,contact name,person name,employee name,name", _S,
       {"kind": "person", "attribute": "full_name"}, "person's name", 48, match="exact",
       extraction=True),
    _r("date of birth,dob,birth date,birthdate,birthday,born", "date datetime",
       {"kind": "person", "attribute": "date_of_birth"}, "date of birth", extraction=True),
    _r("age", "integer", {"kind": "person", "attribute": "age"}, "age", match="exact",
       extraction=True),
    _r("gender,sex", _S, {"kind": "person", "attribute": "gender"}, "gender", 6,
       extraction=True),
    _r("phone,mobile,telephone,tel,cell,phone number,fax", _S, {"kind": "phone"},
       "phone number", 20, extraction=True),
    _r("postcode,post code,postal code,zip,zipcode,zip code", _S,
       {"kind": "address", "attribute": "postcode"}, "postcode", 10, extraction=True),
    _r("city,town", _S, {"kind": "address", "attribute": "city"}, "city", 40, extraction=True),
    _r("county,state,region,province", _S, {"kind": "address", "attribute": "state"},
       "region", 40, extraction=True),
    _r("country code", _S, {"kind": "address", "attribute": "country_code"}, "country code", 2,
       extraction=True),
    _r("country", _S, {"kind": "address", "attribute": "country"}, "country", 56,
       extraction=True),
    _r("ip,ip address,ipv4", _S, {"kind": "internet", "attribute": "ipv4"}, "IP address", 15,
       extraction=True),
    _r("mac address", _S, {"kind": "internet", "attribute": "mac"}, "MAC address", 17,
       extraction=True),
    _r("street,address line 1,address1,address line,street address,address", _S,
       {"kind": "address", "attribute": "street_address"}, "street address", 60,
       extraction=True),
    _r("latitude,lat", "float decimal", {"kind": "address", "attribute": "latitude"},
       "latitude", extraction=True),
    _r("longitude,lng,lon,long", "float decimal", {"kind": "address", "attribute": "longitude"},
       "longitude", extraction=True),
    _r("username,user name,login,handle", _S, {"kind": "internet", "attribute": "username"},
       "username", 32, extraction=True),
    _r("url,website,homepage,web", _S, {"kind": "internet", "attribute": "url"},
       "web address", 80, extraction=True),
    _r("image url,avatar,photo,picture,image,thumbnail,link", _S,
       {"kind": "internet", "attribute": "url"}, "web address", 80),
    _r("company,company name,employer,organisation,organization", _S,
       {"kind": "company", "attribute": "name"}, "company name", 60, extraction=True),
    _r("job title,job,position,occupation", _S, {"kind": "company", "attribute": "job_title"},
       "job title", 60, extraction=True),
    _r("profession,role title,designation", _S,
       {"kind": "company", "attribute": "job_title"}, "job title", 60),
    _r("department", _S, {"kind": "company", "attribute": "department"}, "department", 40,
       extraction=True),
    _r("dept,team,division,business unit", _S, {"kind": "company", "attribute": "department"},
       "department", 40),
    _r("iban", _S, {"kind": "finance", "attribute": "iban"}, "IBAN", 34, extraction=True),
    _r("currency,currency code", _S, {"kind": "finance", "attribute": "currency"}, "currency",
       3, extraction=True),
    _r("card number,credit card,card", _S, {"kind": "finance", "attribute": "card_number"},
       "card number", 19, extraction=True),
    _r("ssn,social security number", _S, {"kind": "identifier", "scheme": "ssn"},
       "social security number", 11, extraction=True),
    _r("uuid,guid", _S, {"kind": "uuid"}, "UUID", 36, extraction=True),
    _r("description,notes,note,comment,comments,bio,summary,message,body", _S, _TEXT,
       "free text", 400, extraction=True),
    _r("review,feedback,reason,remarks,details,content,text", _S, _TEXT, "free text", 400),
    _r("subject,headline,title", _S, {"kind": "text", "unit": "words", "min_count": 3,
       "max_count": 8}, "short title", 80, match="last"),
    _r("tags,keywords,labels", _S, {"kind": "text", "unit": "words", "min_count": 1,
       "max_count": 4}, "keywords", 60),
    _r("created,created at,updated,updated at,modified,timestamp,created on,updated on,"
       "last login,ordered at,placed at", "datetime", {"kind": "datetime", **_PAST},
       "event time", extraction=True),
    _r("quantity,qty,units", "integer", _int(1, 20), "quantity", extraction=True),
    _r("year", "integer", _int(1950, 2026), "year", extraction=True),
    _r("price,amount,total,cost,balance,salary,fee,subtotal,tax,discount,revenue", "decimal float",
       _money(1, 500, 40), "money amount", extraction=True),
    _r("price,amount,total,cost,fee,subtotal,tax,discount,payment,charge,spend,spent,value,"
       "budget,refund,deposit,withdrawal,premium,fare,rent,bill,expenses,expense,costs,"
       "spending,expenditure,profit", _N, _money(1, 500, 40),
       "money amount", match="last"),
    _r("rating,score,stars", "integer", _int(1, 5), "rating", extraction=True),
)  # fmt: skip

#: Rules tried after the main ones: measures, dates and categories known by their words.
_LAST: tuple[Rule, ...] = (
    _r("temperature,temp,celsius", "float decimal integer", _float(-10, 40, 1,
       distribution="normal", mean=15, stddev=8), "temperature"),
    _r("humidity", "float decimal integer", _float(0, 100), "humidity"),
    _r("kwh,kw,watts,wattage,energy,energy usage,consumption,power,voltage,volts,amps,current",
       "float decimal", _float(0, 100, 3), "energy measure", match="last"),
    _r("pressure,air pressure,hpa", "float decimal integer", _float(950, 1050, 1,
       distribution="normal", mean=1013, stddev=10), "air pressure"),
    _r("vibration,vibration level", "float decimal", _float(0, 50, 2, distribution="lognormal",
       mean=4, sigma=0.6), "vibration (mm/s)"),
    _r("noise,noise level,decibels,sound level", "float decimal integer", _float(30, 110, 1),
       "noise level (dB)"),
    _r("co2,co2 level,ppm", "float decimal integer", _float(400, 2000, 0), "CO2 (ppm)"),
    _r("ph,ph level", "float decimal", _float(0, 14, 2, distribution="normal", mean=7,
       stddev=1), "pH"),
    _r("battery,battery level,charge level", "integer float", _int(0, 100), "battery level"),
    _r("signal,signal strength,rssi", "integer float", _int(-100, -30), "signal strength"),
    _r("speed,velocity", "float decimal integer", _float(0, 130, 1), "speed"),
    _r("distance,mileage,km,miles", "float decimal integer", _float(0.1, 500, 1,
       distribution="lognormal", mean=12, sigma=1.0), "distance"),
    _r("duration,duration seconds,seconds,session duration,watch time", "integer float",
       _int(1, 3600, distribution="lognormal", mean=180, sigma=1.0), "duration in seconds"),
    _r("minutes,duration minutes,length minutes", "integer float",
       _int(1, 240, distribution="lognormal", mean=30, sigma=0.8), "duration in minutes"),
    _r("weight,weight kg,mass", "float decimal integer", _float(0.1, 100, 2,
       distribution="lognormal", mean=5, sigma=1.0), "weight"),
    _r("length,width,depth,thickness,diameter,length cm,width cm,depth cm", "float decimal "
       "integer", _float(1, 100, 1), "dimension", match="last"),
    _r("height,height cm", "float decimal integer", _float(140, 205, 1, distribution="normal",
       mean=170, stddev=10), "height in cm"),
    _r("bmi,body mass index", "float decimal", _float(15, 45, 1, distribution="normal",
       mean=26, stddev=4.5), "BMI"),
    _r("years of experience,experience,tenure,experience years,years experience", "integer",
       _int(0, 40, distribution="lognormal", mean=6, sigma=0.8), "years of experience"),
    _r("score,points", "integer float", _int(0, 100), "score", match="last"),
    _r("birth year,year of birth", "integer", _int(1940, 2006), "birth year"),
    _r("year,model year", "integer", _int(1990, 2025), "year", match="last"),
    _r("time,time of day,start time,end time,opening time", "time", {"kind": "time"}, "time",
       match="last"),
    _r("order status,shipping status,delivery status,shipment status,fulfillment status,"
       "fulfilment status", _S, _choice("order_status"), "order status", 12),
    _r("payment status,transaction status,invoice status,billing status,refund status", _S,
       _choice("payment_status"), "payment status", 10),
    _r("account status,user status,customer status,member status,membership status,"
       "subscription status,profile status", _S, _choice("account_status"), "account status",
       10),
    _r("ticket status,task status,issue status,case status,project status,bug status", _S,
       _choice("ticket_status"), "ticket status", 12),
    _r("application status,loan status,claim status,request status,approval status,"
       "approval", _S, _choice("application_status"), "approval status", 10),
    _r("device status,sensor status,server status,machine status,connection status", _S,
       _choice("device_status"), "device status", 12),
    _r("employment status,employment type,contract type", _S, _choice("employment_status"),
       "employment type", 12),
    _r("marital status,relationship status,civil status", _S, _choice("marital_status"),
       "marital status", 10),
    _r("status,state", _S, _choice("status"), "status", 10, match="last"),
    _r("payment method,payment type,payment mode,pay method,payment option", _S,
       _choice("payment_method"), "payment method", 16),
    _r("shipping method,delivery method,shipping type,delivery option,shipping option", _S,
       _choice("shipping_method"), "shipping method", 20),
    _r("transaction type,txn type", _S, _choice("transaction_type"), "transaction type", 12),
    _r("account type", _S, _choice("account_type"), "account type", 10),
    _r("customer type,client type,customer segment,segment", _S, _choice("customer_type"),
       "customer type", 10),
    _r("device,device type,device category", _S, _choice("device_type"), "device type", 8,
       match="last"),
    _r("os,operating system,platform", _S, _choice("operating_system"), "operating system",
       8, match="last"),
    _r("browser", _S, _choice("browser"), "browser", 20, match="last"),
    _r("channel,source,traffic source,referral source,acquisition channel,utm source,referrer",
       _S, _choice("channel"), "marketing channel", 16, match="last"),
    _r("priority,urgency", _S, _choice("priority"), "priority", 8, match="last"),
    _r("severity,risk level,risk", _S, _choice("severity"), "severity", 8, match="last"),
    _r("plan,tier,subscription,subscription plan,subscription tier,membership,membership level,"
       "membership tier,loyalty tier,package", _S, _choice("plan"), "plan tier", 10,
       match="last"),
    _r("role,user role,access level,permission", _S, _choice("role"), "user role", 8,
       match="last"),
    _r("event,event type,action,activity type", _S, _choice("event_type"),
       "event type", 12, match="last"),
    _r("education,education level,degree,qualification", _S, _choice("education"),
       "education level", 20),
    _r("blood type,blood group", _S, _choice("blood_type"), "blood type", 3),
    _r("colour,color,colour name,color name", _S, _choice("colour"), "colour", 8,
       match="last"),
    _r("size,shirt size,clothing size", _S, _choice("size"), "size", 3, match="last"),
    _r("language,preferred language,spoken language", _S, _choice("language"), "language",
       12, match="last"),
    _r("timezone,time zone,tz", _S, _choice("timezone"), "time zone", 20, match="last"),
    _r("category,product category,item category,genre", _S, _choice("product_category"),
       "category", 20, match="last"),
    _r("weekday,day of week,day of the week", _S, _choice("weekday"), "weekday", 9),
    _r("month,month name", _S, _choice("month"), "month", 9, match="last"),
    _r("sensor type,device kind", _S, _choice("sensor_type"), "sensor type", 12),
    _r("unit,unit of measure,uom", _S, _choice("unit"), "unit", 3, match="last"),
    _r("sku,product code,item code,part number,model number", _S,
       {"kind": "pattern", "pattern": "???-#####"}, "product code", 9),
    _r("order number,invoice number,order no,invoice no,order ref,booking reference,"
       "confirmation number,reference,reference number,ref", _S,
       {"kind": "pattern", "pattern": "??-########"}, "reference number", 11, match="last"),
    _r("tracking number,tracking code,tracking id", _S,
       {"kind": "pattern", "pattern": "1Z^^^^^^^^^^^^^^^^"}, "tracking number", 18),
    _r("token,api key,secret,hash,checksum,session id,session", _S,
       {"kind": "pattern", "pattern": "^" * 32}, "token", 32, match="last"),
    _r("ticker,stock symbol,symbol", _S, {"kind": "pattern", "pattern": "???"}, "ticker", 4),
    _r("vin,vehicle identification number", _S, {"kind": "pattern", "pattern": "*" * 17},
       "VIN", 17),
    _r("license plate,licence plate,registration plate,number plate,plate", _S,
       {"kind": "pattern", "pattern": "??## ???"}, "number plate", 8),
    _r("level", "integer", _int(1, 10), "level", match="last"),
    _r("number,no,code,num,reference", _S, {"kind": "pattern", "pattern": "??######"},
       "reference code", 8, match="last"),
)  # fmt: skip

RULES: tuple[Rule, ...] = _FIRST + _MAIN + _LAST
#: Every phrase a rule names ("email address", "zip code", "first name").
PHRASES = frozenset(w for rule in RULES for w in rule.words)


def guess(name: str, family: str | None = None, *, extraction: bool = False) -> Guess | None:
    """The realistic field for a field ``name`` of type ``family``, if a rule knows one.

    ``family`` is one of :data:`FAMILIES`, ``"number"`` (any numeric family) or
    None (the rule's own). ``extraction=True`` uses only the rules that database
    extraction uses.

    >>> guess("registration_date").field
    {'kind': 'date', 'min_value': 'now-5y', 'max_value': 'now'}
    >>> guess("price", "integer").field["kind"], guess("mystery") is None
    ('integer', True)
    """
    hit = _guess(words_of(name), family, extraction)
    if hit is None:
        return None
    return Guess(copy.deepcopy(hit.field), hit.reason, hit.max_length, hit.family)


def _index() -> dict[str, list[int]]:
    """Rule positions by each word of their phrases (and by squashed phrase)."""
    found: dict[str, list[int]] = {}
    for position, rule in enumerate(RULES):
        keys = {w for phrase in rule.words for w in phrase.split()} | set(rule.squashed)
        for key in keys:
            found.setdefault(key, []).append(position)
    return found


_BY_WORD = _index()


@functools.lru_cache(maxsize=8192)
def _guess(text: str, family: str | None, extraction: bool) -> Guess | None:
    wanted = NUMERIC if family == "number" else None if family is None else (family,)
    keys = {*text.split(), text.replace(" ", "")}
    candidates = sorted({p for key in keys for p in _BY_WORD.get(key, ())})
    for rule in (RULES[p] for p in candidates):
        if extraction and not rule.extraction:
            continue
        chosen = next((f for f in rule.families if wanted is None or f in wanted), None)
        if chosen is None or not rule.hits(text):
            continue
        if (
            family is None
            and chosen == "date"
            and "datetime" in rule.families
            and (text.endswith((" at", " time", "timestamp")))
        ):
            chosen = "datetime"  # "enrolled at" is a moment, "enrolled date" a day
        spec = as_family(dict(rule.field), chosen)
        return Guess(spec, f"name matches {rule.reason}", rule.max_length, chosen)
    return None


def as_family(spec: dict[str, Any], family: str) -> dict[str, Any]:
    """``spec`` turned into ``family`` where the two are both numbers or both times.

    >>> as_family({"kind": "decimal", "min_value": 1, "max_value": 9}, "float")
    {'kind': 'float', 'min_value': 1.0, 'max_value': 9.0, 'round': 2}
    >>> as_family({"kind": "date", "min_value": "now-1y"}, "datetime")
    {'kind': 'datetime', 'min_value': 'now-1y'}
    """
    kind = spec.get("kind")
    if kind in NUMERIC and family in NUMERIC and kind != family:
        spec["kind"] = family
        for key in ("min_value", "max_value"):
            if key in spec:
                spec[key] = round(spec[key]) if family == "integer" else float(spec[key])
        if family == "float":
            spec.setdefault("round", 2)
        else:
            spec.pop("round", None)
    elif kind in ("date", "datetime") and family in ("date", "datetime"):
        spec["kind"] = family
    return spec
