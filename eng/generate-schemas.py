#!/usr/bin/env python3
"""Writes the JSON Schemas (draft 2020-12) of the input documents into
src/Safeguarding.Domain/Serialization/Schemas/. Every schema is self-contained (no $ref), so that any
validator can use it. Keep it in step with the strict readers: SchemaTests checks that they agree.

Run: python3 eng/generate-schemas.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "Safeguarding.Domain", "Serialization", "Schemas")
BASE = "https://safeguarding.example/schemas/"
MAX_ITEMS = 200_000

DAY = "(0[1-9]|[12][0-9]|3[01])"
MONTH = "(0[1-9]|1[0-2])"


def date(description, clock=False):
    years = "20[0-9]{2}" if clock else "(19|20|21)[0-9]{2}"
    span = "2000-01-01 to 2099-12-31" if clock else "1900-01-01 to 2199-12-31"
    return {"type": "string", "format": "date", "pattern": f"^{years}-{MONTH}-{DAY}$",
            "description": f"{description} A real calendar date as YYYY-MM-DD, {span}."}


def text(description):
    return {"type": "string", "minLength": 1, "maxLength": 20_000, "pattern": "\\S",
            "description": description + " Free text: not blank, at most 20,000 characters."}


def ident(description):
    return {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "\\S",
            "description": description + " Not blank, at most 64 characters."}


def enum(values, description):
    return {"type": "string", "enum": list(values), "description": description}


def integer(lo, hi, description):
    return {"type": "integer", "minimum": lo, "maximum": hi, "description": description}


PERIOD = {
    "type": "string", "maxLength": 64,
    # Years, months, weeks and days only; not zero; at most 100 years.
    "pattern": "^P(?=[0-9YMWD]*[1-9])(0{0,6}(100|[1-9]?[0-9])Y)?([0-9]{1,9}M)?([0-9]{1,9}W)?([0-9]{1,9}D)?$",
    "description": "A positive ISO-8601 period of years, months, weeks or days (no time part, at most 100 years), such as P18M or P3M.",
}


def nullable(schema):
    """An optional property: the readers treat null as absent."""
    s = dict(schema)
    t = s["type"]
    s["type"] = [t, "null"]
    if "enum" in s:
        s["enum"] = s["enum"] + [None]
    return s


def array(items, description, unique=False, min_items=0):
    s = {"type": ["array", "null"], "items": items, "maxItems": MAX_ITEMS, "description": description}
    if unique:
        s["uniqueItems"] = True
    if min_items:
        s["minItems"] = min_items
        s["type"] = "array"
    return s


def obj(properties, required=(), description=None, nullable_object=False):
    s = {"type": ["object", "null"] if nullable_object else "object"}
    if description:
        s["description"] = description
    s["properties"] = properties
    if required:
        s["required"] = list(required)
    s["additionalProperties"] = False
    return s


def document(name, title, description, body):
    s = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": BASE + name + ".schema.json",
         "title": title, "description": description}
    s.update(body)
    return s


YES_NO = ["yes", "no", "unknown"]
JURISDICTIONS = ["england", "wales", "scotland", "northern-ireland"]
KINDS = ["serious-case-review", "serious-incident-notification", "rapid-review",
         "local-child-safeguarding-practice-review", "safeguarding-adults-review", "domestic-homicide-review",
         "child-practice-review-concise", "child-practice-review-extended", "case-management-review",
         "learning-review", "adult-practice-review",
         "single-unified-safeguarding-review", "mental-health-homicide-review",
         "offensive-weapons-homicide-review", "domestic-abuse-related-death-review"]
EVENT_TYPES = ["incident-known", "notified", "rapid-review-completed", "decided", "commissioned", "review-started",
               "report-completed", "signed-off", "anonymised", "sent-to-panel", "published", "not-published",
               "publication-ended", "members-informed", "action-plan-agreed", "action-plan-closed", "withdrawn",
               "welsh-government-notified", "care-inspectorate-notified", "care-inspectorate-report-sent",
               "delayed", "repository-deposited", "home-office-submitted", "home-office-assessed",
               "secretary-of-state-notified", "domestic-abuse-commissioner-sent"]
DELAY_REASONS = ["family-engagement", "parallel-proceedings", "agency-information", "reviewer-capacity", "other"]


def case_facts():
    yn = lambda d: nullable(enum(YES_NO, d + " yes, no or unknown (the default)."))
    props = {
        "jurisdiction": enum(JURISDICTIONS, "The UK jurisdiction whose regimes apply."),
        "subject": enum(["child", "adult"], "Whether the person is a child or an adult."),
        "decisionDate": date("The date the review decision is made: it selects the regimes in force."),
        "abuseOrNeglect": nullable(enum(["known", "suspected", "not-suspected", "unknown"], "Whether abuse or neglect is known or suspected; unknown when absent.")),
        "harm": nullable(enum(["died", "seriously-harmed", "not-seriously-harmed", "unknown"], "The harm; unknown when absent.")),
        "concernAboutJointWorking": yn("Concern about how agencies worked together:"),
        "diedInCustody": yn("Whether the person died in custody:"),
        "careAndSupportNeeds": yn("Whether the adult had care and support needs:"),
        "ageAtDeath": nullable(integer(0, 130, "Age at death in whole years, 0 to 130; an adult's is 18 or over (a cross-field rule the reader checks).")),
        "perpetratorRelationship": nullable(enum(["relative", "intimate-partner", "former-intimate-partner", "household-member", "other", "shared-parent", "unknown"], "The perpetrator's relationship to the person (shared-parent: each a parent of, or with parental responsibility for, the same child); unknown when absent.")),
        "protectionOrLookedAfterInPriorSixMonths": yn("On a protection register or looked after in the prior six months:"),
        "harmedOutsideEnglandWhileNormallyResident": yn("Harmed outside England while normally resident there:"),
        "childOrSiblingOnRegisterOrLookedAfter": yn("Northern Ireland: the child or a sibling is or was on the child protection register, or looked after:"),
        "boardConcernAboutEffectiveness": yn("Northern Ireland: the Board has concerns about the effectiveness of a body represented on it:"),
        "outstandingPositiveLearning": yn("Northern Ireland and Scotland: the bodies worked effectively and there is outstanding positive learning to share:"),
        "neglectOnly": yn("Wales: the harm was from neglect alone, no abuse (the extended practice review names abuse):"),
        "atRiskOfHarm": yn("Scotland: the child was at risk of death or significant harm:"),
        "careAndRiskManagementHarm": yn("Scotland: a child managed under Care and Risk Management processes caused harm to another person or to themselves:"),
        "subjectToAdultProtectionProcesses": yn("Scotland: the adult was subject to adult support and protection processes:"),
        "lookedAfter": yn("England: the child was looked after by a local authority:"),
        "careLeaver": yn("England: the person was a care leaver, known to the authority as one:"),
        "homicide": yn("The death was, or is likely to have been, caused by another person:"),
        "offensiveWeapon": yn("The death, or the events around it, involved the use of an offensive weapon:"),
        "offensiveWeaponsPilot": yn("The death occurred in a pilot partner's area within the pilot period of SI 2023/227:"),
        "perpetratorKnownToMentalHealthServices": yn("Wales: the suspected perpetrator, an adult, was known to mental health services in the 12 months before:"),
        "perpetratorAgedSixteenOrOver": yn("The suspected perpetrator was 16 or over:"),
        "awareOn": nullable(date("The day the partnership became aware of the incident (clock start).", clock=True)),
        "notifiedOn": nullable(date("The day the notification was sent (clock start).", clock=True)),
        "englandTransition": nullable(enum(["safeguarding-partners", "local-safeguarding-children-board"], "Which English arrangements apply during the 2018-2019 transition; safeguarding-partners when absent.")),
        "rapidReviewClockStart": nullable(enum(["incident-awareness", "notification-sent"], "Where the rapid review's 15 working days start; notification-sent when absent.")),
    }
    return document("case-facts", "Case facts",
                    "The facts of a case for `safeguarding evaluate` and CaseFactsJson.Read. An absent or null fact is unknown. "
                    "Cross-field rule not expressed here: an adult's ageAtDeath is 18 or over (inconsistent-facts).",
                    obj(props, ["jurisdiction", "subject", "decisionDate"]))


def action_plan():
    ids = lambda d: array(ident("An id."), d)
    finding = obj({"id": ident("The finding's id."), "title": nullable(text("The finding's title.")),
                   "rationale": nullable(text("Why it matters.")),
                   "themes": ids("The ids of the themes the finding is about (checked against the register's theme list).")}, ["id"])
    addressee = obj({"level": enum(["local", "regional", "national"], "The level of the body addressed."),
                     "body": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "\\S",
                              "description": "The body's name. Not blank, at most 200 characters."}},
                    ["level", "body"], description="The body the recommendation is addressed to.", nullable_object=True)
    recommendation = obj({"id": ident("The recommendation's id."), "findings": ids("The findings it answers."),
                          "text": nullable(text("The recommendation.")),
                          "addressee": addressee,
                          "sentOn": nullable(date("The day it was sent to its addressee.")),
                          "respondedOn": nullable(date("The day the addressee responded; only with sentOn, and not before it (a cross-field rule the reader checks)."))},
                         ["id"])
    evidence = obj({"kind": enum(["output", "completion", "impact"], "What the evidence shows."),
                    "date": date("The day the evidence was dated."),
                    "description": nullable(text("The evidence."))}, ["kind", "date"])
    update = obj({"date": date("The day of the update."),
                  "reportedStatus": enum(["red", "amber", "green", "blue", "update-pending"], "The status the owner reported."),
                  "note": nullable(text("The owner's note."))}, ["date", "reportedStatus"])
    action = obj({
        "id": ident("The action's id."),
        "recommendations": ids("The recommendations it delivers."),
        "description": nullable(text("What will be done.")),
        "owner": ident("The owning agency."),
        "lead": nullable(text("The lead officer.")),
        "targetDate": nullable(date("The target date.")),
        "successMeasure": nullable(text("How success is measured.")),
        "startedOn": nullable(date("The day work started.")),
        "completedOn": nullable(date("The day it was completed.")),
        "evidence": array(evidence, "The evidence, any order."),
        "updates": array(update, "The owner's status updates."),
        "dependsOn": ids("Actions that must complete first."),
    }, ["id", "owner"])
    props = {
        "review": text("The review the plan answers."),
        "reportingCycle": nullable(PERIOD),
        "agreedOn": nullable(date("The day the plan was agreed.")),
        "horizon": nullable(date("The day the plan should be closed.")),
        "findings": array(finding, "The review's findings."),
        "recommendations": array(recommendation, "The recommendations."),
        "actions": array(action, "The actions."),
    }
    return document("action-plan", "Action plan",
                    "A review's action plan for `safeguarding plan` and ActionPlanDocument.Read. reportingCycle defaults to P3M; "
                    "absent arrays are empty. Cross-field rule not expressed here: a recommendation's respondedOn needs sentOn "
                    "(response-without-sending) and is not before it (responded-before-sent). Traceability (unknown or duplicate ids, dependency cycles) is not a reading error: "
                    "PlanValidation reports it.",
                    obj(props, ["review"]))


def review_record():
    facts = {
        "decision": lambda: enum(["initiate", "not-initiate"], "The decision (decided events only; required there)."),
        "reviewerIndependent": lambda: nullable({"type": "boolean", "description": "Whether the reviewer is independent (commissioned events only)."}),
        "methodology": lambda: nullable(ident("The review methodology (commissioned events only).")),
        "scopeStart": lambda: nullable(date("The start of the review's scope (commissioned events only).", clock=True)),
        "scopeEnd": lambda: nullable(date("The end of the review's scope, not before scopeStart (commissioned events only).", clock=True)),
        "incidentDate": lambda: nullable(date("The day of the incident, not after the event's date (incident-known events only).", clock=True)),
        "openActions": lambda: nullable(integer(0, 100_000, "Actions still open (action-plan-closed events only).")),
        "reasons": lambda: nullable(text("The reasons (decided, not-published and withdrawn events only).")),
        "referralSource": lambda: nullable(ident("Who referred the case to the partnership (incident-known events only).")),
        "reason": lambda: enum(DELAY_REASONS, "Why the review is delayed (delayed events only; required there)."),
        "note": lambda: nullable(text("A note on the delay (delayed events only).")),
        "outcome": lambda: enum(["publish", "resubmit"], "The Home Office panel's outcome (home-office-assessed events only; required there)."),
    }
    allowed = {
        "decided": ["decision", "reasons"], "commissioned": ["reviewerIndependent", "methodology", "scopeStart", "scopeEnd"],
        "incident-known": ["incidentDate", "referralSource"], "action-plan-closed": ["openActions"],
        "not-published": ["reasons"], "withdrawn": ["reasons"], "delayed": ["reason", "note"],
        "home-office-assessed": ["outcome"],
    }
    required_fact = {"decided": ["decision"], "delayed": ["reason"], "home-office-assessed": ["outcome"]}
    variants = []
    for t in EVENT_TYPES:
        props = {"type": {"type": "string", "enum": [t]}, "date": date("The day the event happened.", clock=True)}
        for name, make in facts.items():
            # A fact that does not belong to the event type may only be absent or null.
            props[name] = make() if name in allowed.get(t, []) else {"type": "null"}
        required = ["type", "date"] + required_fact.get(t, [])
        variants.append(obj(props, required, description=f"A {t} event."))
    every = {"type": enum(EVENT_TYPES, "The event type."), "date": date("The day the event happened.", clock=True)}
    every.update({name: make() for name, make in facts.items()})
    every["decision"] = nullable(every["decision"])
    every["reason"] = nullable(every["reason"])
    every["outcome"] = nullable(every["outcome"])
    event = obj(every, ["type", "date"], description="An event, in the order they happened. Each type admits only its own facts (see anyOf).")
    event["anyOf"] = variants
    lengths = ["workingDays", "days", "months"]
    members = obj({
        "startsOn": enum([t for t in EVENT_TYPES if t != "members-informed"], "The event whose date starts the members' clock."),
        "workingDays": nullable(integer(0, 10_000, "The clock's length in working days.")),
        "days": nullable(integer(0, 10_000, "The clock's length in calendar days (0 when no length is given).")),
        "months": nullable(integer(0, 1_200, "The clock's length in months.")),
    }, ["startsOn"], description="When members must be informed: at most one of workingDays, days or months.", nullable_object=True)
    members["not"] = {"anyOf": [
        {"required": [a, b], "properties": {a: {"type": "integer"}, b: {"type": "integer"}}}
        for i, a in enumerate(lengths) for b in lengths[i + 1:]]}
    policy = obj({"publicationPeriod": nullable(PERIOD), "membersInformed": members}, [],
                 description="The partnership's local policy. The publication period may not be below the regime's statutory minimum (a cross-field rule the reader checks).",
                 nullable_object=True)
    props = {
        "kind": enum(KINDS, "The review kind; it must exist in the jurisdiction (a cross-field rule the reader checks)."),
        "jurisdiction": enum(JURISDICTIONS, "The jurisdiction."),
        "localPolicy": policy,
        "events": {"type": "array", "items": event, "maxItems": MAX_ITEMS, "description": "The events, in the order they happened."},
    }
    return document("review-record", "Review record",
                    "A review's record of events for `safeguarding review` and ReviewRecordJson.Read. Cross-field rules not expressed here: "
                    "the kind exists in the jurisdiction (kind-not-in-jurisdiction), scopeEnd is not before scopeStart (invalid-scope), "
                    "incidentDate is not after the event's date (incident-after-event), and the publication period is not below the "
                    "statutory minimum (publication-period-below-minimum).",
                    obj(props, ["kind", "jurisdiction", "events"]))


def local_policy():
    status = ident("A status of the scheme.")
    scheme = obj({
        "name": ident("The scheme's name."),
        "statuses": {"type": "array", "items": ident("A status."), "minItems": 1, "maxItems": MAX_ITEMS, "uniqueItems": True,
                     "description": "The statuses, each once, from worst to best."},
        "notStarted": status, "inProgress": status, "overdue": status, "completed": status, "embedded": status,
        "rollUp": nullable(enum(["worst-of", "lower-median", "most-common"], "How statuses roll up; worst-of when absent.")),
    }, ["name", "statuses", "notStarted", "inProgress", "overdue", "completed", "embedded"],
        description="The rating scheme. Each stage's status is one of the statuses, ordered overdue <= notStarted <= inProgress <= completed <= embedded (a cross-field rule the reader checks).",
        nullable_object=True)
    threshold = lambda d: obj({
        "daysOverdue": nullable(integer(1, 100_000, "Escalate when an action is this many days overdue.")),
        "cyclesWithoutUpdate": nullable(integer(1, 1_000, "Escalate after this many reporting cycles without an update.")),
        "cyclesAtRed": nullable(integer(1, 1_000, "Escalate after this many reporting cycles at red.")),
    }, [], description=d + " An absent level or threshold never fires.", nullable_object=True)
    escalation = obj({"leadOfficer": threshold("Escalation to the lead officer."), "subgroup": threshold("Escalation to the subgroup."),
                      "board": threshold("Escalation to the board.")}, [], description="The escalation thresholds.", nullable_object=True)
    return document("local-policy", "Local policy",
                    "A partnership's local policy for action-plan reports (LocalPolicyJson.Read): its rating scheme and escalation thresholds. "
                    "An absent part is the default. Cross-field rule not expressed here: each stage's status is one of the scheme's statuses, "
                    "ordered overdue <= notStarted <= inProgress <= completed <= embedded (invalid-scheme).",
                    obj({"scheme": scheme, "escalation": escalation}))


def register():
    def nested(make):
        s = dict(make())
        for key in ("$schema", "$id", "title"):
            s.pop(key, None)
        return s
    theme = obj({"id": ident("The theme's id."), "title": text("The theme's title.")}, ["id", "title"])
    own_list = obj({"id": ident("The list's id."), "source": text("Where the list comes from."),
                    "themes": {"type": "array", "items": theme, "minItems": 1, "maxItems": MAX_ITEMS,
                               "description": "The themes, each id once (a cross-field rule the reader checks)."}},
                   ["id", "source", "themes"], description="The partnership's own theme list.")
    own_list["type"] = ["object", "null"]
    review = obj({"id": ident("The review's id in the register; each id once (a cross-field rule the reader checks)."),
                  "record": nested(review_record), "plan": nullable_obj(nested(action_plan))},
                 ["id", "record"], description="One review: its record and, optionally, its action plan.")
    recurring = obj({"minimumReviews": nullable(integer(1, 1000, "How many distinct reviews make a theme recurring; 2 when absent.")),
                     "window": nullable(PERIOD)}, [],
                    description="When a theme recurs: found in at least minimumReviews reviews published within window (default P3Y) before the as-of date.",
                    nullable_object=True)
    props = {
        "partnership": text("The partnership's name."),
        "recurringThemes": recurring,
        "themeList": nullable(enum(["panel-practice-themes", "adult-abuse-types"], "A built-in theme list the findings' theme ids are checked against; with neither this nor ownThemeList, they are not checked.")),
        "ownThemeList": own_list,
        "reviews": {"type": "array", "items": review, "maxItems": MAX_ITEMS, "description": "The reviews, in the register's order."},
    }
    return document("register", "Partnership register",
                    "A partnership's register of reviews for `safeguarding register` and RegisterJson.Read. Each review's "
                    "record and plan are the review-record and action-plan documents, with their cross-field rules. Cross-field rules "
                    "not expressed here: review ids are unique (duplicate-id), and so are the theme ids of the partnership's own list; "
                    "themeList and ownThemeList are not both given (conflicting-properties).",
                    obj(props, ["partnership", "reviews"]))


def nullable_obj(schema):
    s = dict(schema)
    s["type"] = ["object", "null"]
    return s


def main():
    for name, make in [("case-facts", case_facts), ("action-plan", action_plan), ("review-record", review_record), ("local-policy", local_policy), ("register", register)]:
        with open(os.path.join(OUT, name + ".schema.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(make(), f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
