namespace Safeguarding.Service.Tests;

/// <summary>Small documents of each kind, one line each so they also make batches.</summary>
internal static class Documents
{
    public const string Julia = """{ "jurisdiction": "england", "subject": "child", "decisionDate": "2013-05-01", "abuseOrNeglect": "suspected", "harm": "seriously-harmed", "concernAboutJointWorking": "yes" }""";
    public const string WelshAdult = """{ "jurisdiction": "wales", "subject": "adult", "decisionDate": "2020-01-01", "harm": "died" }""";
    public const string BadFacts = """{ "jurisdiction": "england", "subject": "child", "decisionDate": "2013-02-30", "harmm": "died" }""";
    public const string Record = """{ "kind": "serious-case-review", "jurisdiction": "england", "events": [ { "type": "incident-known", "date": "2013-01-07" }, { "type": "notified", "date": "2013-01-10" } ] }""";
    public const string Plan = """{ "review": "Example", "reportingCycle": "P3M", "findings": [ { "id": "F1", "title": "Information was not shared" } ], "recommendations": [ { "id": "R1", "findings": ["F1"], "text": "Share it" } ], "actions": [ { "id": "1.1", "recommendations": ["R1"], "owner": "police", "targetDate": "2020-12-31", "startedOn": "2020-07-01", "evidence": [ { "kind": "output", "date": "2020-08-01", "description": "training date set" } ], "updates": [ { "date": "2020-09-30", "reportedStatus": "green", "note": "done" } ] } ] }""";
}
