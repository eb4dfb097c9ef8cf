using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>Diagrams (Mermaid, DOT) and the JSON form, generated from the same table the transitions use.</summary>
public static class ReviewLifecycleDiagrams
{
    /// <summary>
    /// The lifecycle as a Mermaid <c>stateDiagram-v2</c>: one edge per permitted (state, trigger), labelled with
    /// the trigger and, in parentheses, its guards (the date-order and once-only guards, which every row has, are left out),
    /// and the action plan as a parallel composite state. Lines end with <c>\n</c>.
    /// </summary>
    /// <returns>The diagram text.</returns>
    public static string ToMermaid(this ReviewLifecycle self)
    {
        var text = new StringBuilder();
        text.Append("stateDiagram-v2\n");
        foreach (var state in self.States.Where(s => s != ReviewState.NotStarted))
        {
            text.Append("    state \"").Append(LifecycleNames.Name(state)).Append("\" as ").Append(NodeId(state)).Append('\n');
        }

        foreach (var (from, to, label) in self.MainEdges())
        {
            text.Append("    ").Append(from == ReviewState.NotStarted ? "[*]" : NodeId(from)).Append(" --> ").Append(NodeId(to))
                .Append(" : ").Append(label).Append('\n');
        }

        foreach (var state in self.FinalStates)
        {
            text.Append("    ").Append(NodeId(state)).Append(" --> [*]\n");
        }

        if (self.TryGetPlanRows(out var agree, out var close))
        {
            text.Append("    state action_plan {\n");
            text.Append("        state \"agreed\" as plan_agreed\n");
            text.Append("        state \"closed\" as plan_closed\n");
            text.Append("        [*] --> plan_agreed : ").Append(Label(agree)).Append('\n');
            text.Append("        plan_agreed --> plan_closed : ").Append(Label(close)).Append('\n');
            text.Append("        plan_closed --> [*]\n");
            text.Append("    }\n");
            text.Append("    note right of action_plan : the action plan runs in parallel from report-completed\n");
        }

        text.Append("    note right of ").Append(NodeId(ReviewState.IncidentKnown))
            .Append(" : members-informed may be recorded in this and every later state\n");
        foreach (var (at, note) in self.SideEvents())
        {
            text.Append("    note right of ").Append(NodeId(at)).Append(" : ").Append(note).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The lifecycle as a Graphviz DOT digraph, from the same edges as <see cref="ToMermaid"/>. Lines end with <c>\n</c>.</summary>
    /// <returns>The diagram text.</returns>
    public static string ToDot(this ReviewLifecycle self)
    {
        var text = new StringBuilder();
        text.Append("digraph \"").Append(LifecycleNames.Name(self.Kind)).Append("\" {\n");
        text.Append("    rankdir=TB;\n    start [shape=point];\n");
        foreach (var state in self.States.Where(s => s != ReviewState.NotStarted))
        {
            text.Append("    ").Append(NodeId(state)).Append(" [label=\"").Append(LifecycleNames.Name(state)).Append('"')
                .Append(self.FinalStates.Contains(state) ? ", peripheries=2" : string.Empty).Append("];\n");
        }

        foreach (var (from, to, label) in self.MainEdges())
        {
            text.Append("    ").Append(from == ReviewState.NotStarted ? "start" : NodeId(from)).Append(" -> ").Append(NodeId(to))
                .Append(" [label=\"").Append(label).Append("\"];\n");
        }

        if (self.TryGetPlanRows(out var agree, out var close))
        {
            text.Append("    subgraph cluster_action_plan {\n        label=\"action plan (parallel track)\";\n");
            text.Append("        plan_start [shape=point];\n        plan_agreed [label=\"agreed\"];\n        plan_closed [label=\"closed\", peripheries=2];\n");
            text.Append("        plan_start -> plan_agreed [label=\"").Append(Label(agree)).Append("\"];\n");
            text.Append("        plan_agreed -> plan_closed [label=\"").Append(Label(close)).Append("\"];\n");
            text.Append("    }\n");
        }

        int n = 0;
        foreach (var (at, note) in self.SideEvents())
        {
            string id = "side_" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append("    ").Append(id).Append(" [shape=note, label=\"").Append(note).Append("\"];\n");
            text.Append("    ").Append(NodeId(at)).Append(" -> ").Append(id).Append(" [style=dotted, arrowhead=none];\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>
    /// The events a kind records beside its main track (other than members-informed, noted for every kind), such as
    /// welsh-government-notified: each with the first state it may be recorded in and a note naming the states and guards.
    /// </summary>
    private static IEnumerable<(ReviewState At, string Note)> SideEvents(this ReviewLifecycle self)
    {
        foreach (var t in self.Transitions)
        {
            if (t.Destination is null && t.ActionPlan is null && t.Trigger != ReviewTrigger.InformMembers)
            {
                yield return (t.Sources[0], Label(t) + " may be recorded in " + string.Join(", ", t.Sources.Select(LifecycleNames.Name)));
            }
        }
    }

    /// <summary>
    /// The table as JSON: <c>kind</c>, <c>source</c>, <c>states</c>, and <c>transitions</c> with <c>trigger</c>,
    /// <c>event</c>, <c>from</c>, <c>to</c> (null when the main track stays), <c>actionPlan</c> and <c>guards</c>
    /// (<c>guard</c>, <c>description</c>, <c>citation</c>).
    /// </summary>
    /// <returns>The JSON text, indented.</returns>
    public static string ToJson(this ReviewLifecycle self)
    {
        return JsonText.Write(self.WriteTo);
    }

    /// <summary>Writes the document onto a writer, whose options set the indentation and escaping.</summary>
    internal static void WriteTo(this ReviewLifecycle self, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("kind", LifecycleNames.Name(self.Kind));
        w.WriteString("source", self.Source.ToString());
        w.WriteStrings("states", self.States.Select(LifecycleNames.Name));
        w.WriteStrings("finalStates", self.FinalStates.Select(LifecycleNames.Name));
        w.WriteObjects("transitions", self.Transitions, static (w, t) =>
        {
            w.WriteString("trigger", LifecycleNames.Name(t.Trigger));
            w.WriteString("event", LifecycleNames.Name(t.RecordedEvent));
            w.WriteStrings("from", t.Sources.Select(LifecycleNames.Name));
            w.WriteStringOrNull("to", t.Destination is ReviewState to ? LifecycleNames.Name(to) : null);
            w.WriteStringOrNull("actionPlan", t.ActionPlan is ActionPlanState plan ? LifecycleNames.Name(plan) : null);
            WriteGuards(w, "guards", t.Guards);
        });
        w.WriteEndObject();
    }

    internal static void WriteGuards(Utf8JsonWriter w, string name, IEnumerable<LifecycleGuard> guards) =>
        w.WriteObjects(name, guards, static (w, g) =>
        {
            w.WriteString("guard", g.Id);
            w.WriteString("description", g.Description);
            w.WriteString("citation", g.Citation.ToString());
        });

    private static string NodeId(ReviewState state) => LifecycleNames.Name(state).Replace('-', '_');

    private static string Label(LifecycleTransition t)
    {
        var shown = t.Guards.Where(g => g.Kind != LifecycleGuardKind.Bookkeeping).Select(g => g.Id).ToList();
        return LifecycleNames.Name(t.Trigger) + (shown.Count == 0 ? string.Empty : " (" + string.Join(", ", shown) + ")");
    }

    private static IEnumerable<(ReviewState From, ReviewState To, string Label)> MainEdges(this ReviewLifecycle self)
    {
        foreach (var t in self.Transitions)
        {
            // Written without a pattern variable so that every mutant of this loop still compiles.
            ReviewState? destination = t.Destination;
            foreach (var from in t.Sources)
            {
                if (destination.HasValue && from != destination.Value)
                {
                    yield return (from, destination.Value, Label(t));
                }
            }
        }
    }

    private static bool TryGetPlanRows(this ReviewLifecycle self, out LifecycleTransition agree, out LifecycleTransition close)
    {
        agree = self.Transitions.FirstOrDefault(t => t.Trigger == ReviewTrigger.AgreeActionPlan)!;
        close = self.Transitions.FirstOrDefault(t => t.Trigger == ReviewTrigger.CloseActionPlan)!;
        return agree is not null && close is not null;
    }
}
