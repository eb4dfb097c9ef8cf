namespace Safeguarding.Cli.Demo;

/// <summary>One part of the demo: a title and the text the library's answers produce.</summary>
internal interface IDemoSection
{
    string Title { get; }

    void Write(TextWriter output);
}

/// <summary>The demo's sections, in the order they are shown, one line each.</summary>
internal static class DemoSections
{
    public static IReadOnlyList<IDemoSection> All { get; } = new IDemoSection[]
    {
        new CalendarSection(),
        new CriteriaSection(),
        new ActionPlanSection(),
        new LifecycleSection(),
        new RegisterSection(),
    };
}
