"""The patient PDF report for a patient with 200 appointments, timed over HTTP on loopback.

Seeds through the public API (an admin adds a doctor, the doctor opens every day, a patient books
200 visits and gets notes, entries and a history), then times GET /api/patients/{id}/report.pdf
against the baseline measured in the same run: GET /api/patients/{id}/record, the same record as
JSON through the same access checks, decryption and audit. Prints medians and p95s in ms.
Usage: python3 bench/report.py http://127.0.0.1:18090 admin@example.com password  (see bench/report.sh)
"""
import datetime
import http.cookiejar
import json
import os
import statistics
import sys
import time
import urllib.request

BASE, ADMIN_EMAIL, ADMIN_PASSWORD = sys.argv[1:4]
ROUNDS = int(sys.argv[4]) if len(sys.argv) > 4 else 30


class Client:
    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.http = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def call(self, method, path, body=None):
        if not any(c.name == "XSRF-TOKEN" for c in self.jar):
            self.http.open(urllib.request.Request(BASE + "/api/doctors"))  # any GET hands out the CSRF token
        token = next(c.value for c in self.jar if c.name == "XSRF-TOKEN")
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(BASE + path, data=data, method=method,
                                         headers={"Content-Type": "application/json", "X-XSRF-TOKEN": token})
        with self.http.open(request) as response:
            raw = response.read()
            return json.loads(raw) if response.headers.get_content_type() == "application/json" and raw else raw

    def sign_in(self, email, password):
        self.call("POST", "/api/auth/login", {"email": email, "password": password})
        return self


def timed(client, path):
    start = time.perf_counter()
    client.call("GET", path)
    return (time.perf_counter() - start) * 1000


def summary(samples):
    samples = sorted(samples)
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


admin = Client().sign_in(ADMIN_EMAIL, ADMIN_PASSWORD)
password = "a calm and long passphrase"
doctor = admin.call("POST", "/api/admin/doctors", {
    "email": "bench-doctor@careslot.test", "password": password, "fullName": "Dr. Benchmark 王",
    "specialty": "General practice", "timeZone": "Europe/Berlin"})
doctor_api = Client().sign_in("bench-doctor@careslot.test", password)
days = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
doctor_api.call("PUT", f"/api/doctors/{doctor['id']}/schedule", {
    "timeZone": "Europe/Berlin", "slotMinutes": 30, "minNoticeMinutes": 0, "horizonDays": 60,
    "weekly": [{"day": d, "start": "07:00", "end": "19:00"} for d in days]})

patient = Client()
patient.call("POST", "/api/auth/register", {"email": "bench-patient@careslot.test", "password": password,
                                            "fullName": "Ελένη Benchmark"})
me = patient.call("GET", "/api/me")
today = datetime.date.today()
slots = patient.call("GET", f"/api/doctors/{doctor['id']}/slots?from={today + datetime.timedelta(days=1)}"
                            f"&to={today + datetime.timedelta(days=20)}")
booked = [patient.call("POST", "/api/appointments", {"doctorId": doctor["id"], "start": s["start"]})["id"]
          for s in slots[:200]]
for i, appointment in enumerate(booked[:40]):
    doctor_api.call("POST", f"/api/appointments/{appointment}/notes",
                    {"body": f"Visit {i}: blood pressure 120/80, continue treatment.\nNext check in four weeks."})
for kind, text in [("ALLERGY", "Penicillin"), ("MEDICATION", "Metformin 500 mg"), ("CONDITION", "Type 2 diabetes")]:
    patient.call("POST", f"/api/patients/{me['id']}/entries", {"kind": kind, "text": text})
patient.call("PUT", f"/api/patients/{me['id']}/medical-history", {"text": "Appendectomy 2009. " * 20})

report, record = f"/api/patients/{me['id']}/report.pdf", f"/api/patients/{me['id']}/record"
pdf = patient.call("GET", report)
size = len(pdf)
if os.environ.get("PDF_OUT"):  # to look at what was measured
    with open(os.environ["PDF_OUT"], "wb") as out:
        out.write(pdf)
for _ in range(10):  # JIT warm-up
    timed(patient, report)
    timed(patient, record)
pdf_ms, json_ms = [], []
for _ in range(ROUNDS):  # interleaved, so both see the same machine
    pdf_ms.append(timed(patient, report))
    json_ms.append(timed(patient, record))
pdf_median, pdf_p95 = summary(pdf_ms)
json_median, json_p95 = summary(json_ms)
print(f"REPORT appointments={len(booked)} notes=40 pdf_bytes={size} rounds={ROUNDS}")
print(f"REPORT pdf median={pdf_median:.0f}ms p95={pdf_p95:.0f}ms")
print(f"REPORT baseline record-json median={json_median:.1f}ms p95={json_p95:.1f}ms")
print(f"REPORT ratio pdf/json median={pdf_median / json_median:.1f}x")
