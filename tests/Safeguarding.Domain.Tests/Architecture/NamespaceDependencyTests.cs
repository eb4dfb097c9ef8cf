using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Tests.Support;

namespace Safeguarding.Domain.Tests.Architecture;

/// <summary>
/// The model's namespaces form no cycle: the shared vocabulary (jurisdiction, subject, review kind, regime id) lives in
/// the root namespace, and criteria, timescales and lifecycles depend on it, never on one another in a ring.
/// </summary>
/// <remarks>
/// The dependencies are those of the compiled model, read by reflection: every type a type names in its base type,
/// interfaces, generic constraints, attributes, fields, properties, method and constructor signatures and local
/// variables, and every type, method and field token in its method bodies' IL (the declaring type of each member
/// and the types of its signature), with compiler-generated nested types (lambdas, iterators) counted for the type
/// that holds them. What the IL cannot show (a <c>const</c> or an enum value folded into a literal, a <c>nameof</c>,
/// a documentation <c>cref</c>) is not a dependency at run time either; an enum used in a switch still appears
/// through the member that returns it.
/// </remarks>
public sealed class NamespaceDependencyTests
{
    private const string Root = "Safeguarding.Domain";

    private static readonly Assembly Model = typeof(Citation).Assembly;

    private static readonly Lazy<Dictionary<(string From, string To), SortedSet<string>>> Graph = new(() => Dependencies(Model));

    [Fact]
    public void ModelNamespaces_HaveNoCycle()
    {
        var cycles = StronglyConnected(Graph.Value.Keys).Where(c => c.Count > 1).ToList();

        Assert.True(cycles.Count == 0, string.Join("\n", cycles.Select(Describe)));
    }

    [Fact]
    public void RootNamespace_IsTheSharedVocabulary_DependingOnlyOnThePlumbing()
    {
        var fromRoot = Graph.Value.Where(e => e.Key.From == Root && e.Key.To != Root + ".Internal")
            .Select(e => e.Key.To + " (" + string.Join(", ", e.Value) + ")").ToList();

        Assert.Empty(fromRoot);
        Assert.Contains(typeof(Jurisdiction), Model.GetExportedTypes());
        Assert.Equal(Root, typeof(Jurisdiction).Namespace);
        Assert.Equal(Root, typeof(DeterminationKind).Namespace);
        Assert.Equal(Root, typeof(RegimeId).Namespace);
    }

    [Theory]
    [InlineData("Criteria")]
    [InlineData("Timescales")]
    [InlineData("Lifecycle")]
    public void CriteriaTimescalesAndLifecycle_UseTheSharedVocabulary(string area)
    {
        Assert.Contains((Root + "." + area, Root), Graph.Value.Keys);
    }

    [Fact]
    public void Dependencies_SeeEdgesFromSignaturesAndFromMethodBodies()
    {
        var edges = Graph.Value;

        // A signature: ReviewClock.Timescale is a Timescales type.
        Assert.Contains("Safeguarding.Domain.Lifecycle.ReviewClock -> Safeguarding.Domain.Timescales.Timescale", edges[(Root + ".Lifecycle", Root + ".Timescales")]);

        // A method body only: the criteria evaluator picks the calendar of the case's jurisdiction.
        Assert.Contains("Safeguarding.Domain.Criteria.CriteriaEvaluator -> Safeguarding.Domain.Calendars.HolidayCalendar", edges[(Root + ".Criteria", Root + ".Calendars")]);
    }

    [Fact]
    public void StronglyConnected_FindsARing()
    {
        var edges = new[] { ("A", "B"), ("B", "C"), ("C", "A"), ("C", "D") };

        var rings = StronglyConnected(edges).Where(c => c.Count > 1).ToList();

        Assert.Equal(new[] { "A", "B", "C" }, Assert.Single(rings).OrderBy(n => n, StringComparer.Ordinal));
    }

    private static string Describe(List<string> cycle)
    {
        var members = new HashSet<string>(cycle, StringComparer.Ordinal);
        var lines = Graph.Value.Where(e => members.Contains(e.Key.From) && members.Contains(e.Key.To))
            .OrderBy(e => e.Key.From, StringComparer.Ordinal).ThenBy(e => e.Key.To, StringComparer.Ordinal)
            .Select(e => "  " + e.Key.From + " -> " + e.Key.To + ": " + string.Join("; ", e.Value.Take(6)));
        return "cycle: " + string.Join(", ", cycle) + "\n" + string.Join("\n", lines);
    }

    /// <summary>Tarjan's strongly connected components.</summary>
    private static List<List<string>> StronglyConnected(IEnumerable<(string From, string To)> edges)
    {
        var next = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (from, to) in edges)
        {
            if (!next.TryGetValue(from, out var list))
            {
                next[from] = list = new List<string>();
            }

            list.Add(to);
            if (!next.ContainsKey(to))
            {
                next[to] = new List<string>();
            }
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var to in next[node])
            {
                if (!index.TryGetValue(to, out int seen))
                {
                    Visit(to);
                    low[node] = Math.Min(low[node], low[to]);
                }
                else if (onStack.Contains(to))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in next.Keys.OrderBy(n => n, StringComparer.Ordinal).ToList())
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return components;
    }

    /// <summary>Namespace to namespace edges of an assembly, each with the type-to-type uses that make it.</summary>
    private static Dictionary<(string From, string To), SortedSet<string>> Dependencies(Assembly assembly)
    {
        const BindingFlags Declared = ModelIl.Declared;
        var edges = new Dictionary<(string, string), SortedSet<string>>();
        foreach (var type in assembly.GetTypes())
        {
            var owner = Outermost(type);
            if (!InModel(owner))
            {
                continue;
            }

            var used = new List<Type>();
            if (type.BaseType is not null)
            {
                used.Add(type.BaseType);
            }

            used.AddRange(type.GetInterfaces());
            if (type.IsGenericTypeDefinition)
            {
                used.AddRange(type.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()));
            }

            used.AddRange(AttributeTypes(type.CustomAttributes));
            foreach (var field in type.GetFields(Declared))
            {
                used.Add(field.FieldType);
                used.AddRange(AttributeTypes(field.CustomAttributes));
            }

            foreach (var property in type.GetProperties(Declared))
            {
                used.Add(property.PropertyType);
                used.AddRange(AttributeTypes(property.CustomAttributes));
            }

            foreach (var method in ModelIl.MethodsOf(type))
            {
                if (method is MethodInfo info)
                {
                    used.Add(info.ReturnType);
                }

                used.AddRange(method.GetParameters().Select(p => p.ParameterType));
                used.AddRange(AttributeTypes(method.CustomAttributes));
                used.AddRange(BodyTypes(method));
            }

            foreach (var target in used.SelectMany(Flatten).Select(Outermost).Where(InModel))
            {
                if (!string.Equals(target.Namespace, owner.Namespace, StringComparison.Ordinal))
                {
                    var key = (owner.Namespace!, target.Namespace!);
                    if (!edges.TryGetValue(key, out var causes))
                    {
                        edges[key] = causes = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    causes.Add(owner.FullName + " -> " + target.FullName);
                }
            }
        }

        return edges;

        bool InModel(Type t) => t.Assembly == assembly && t.Namespace is string ns
            && (ns == Root || ns.StartsWith(Root + ".", StringComparison.Ordinal));
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is not null && !type.IsGenericParameter)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static IEnumerable<Type> AttributeTypes(IEnumerable<CustomAttributeData> attributes) =>
        attributes.SelectMany(a => new[] { a.AttributeType }
            .Concat(a.ConstructorArguments.Concat(a.NamedArguments.Select(n => n.TypedValue)).Select(v => v.Value as Type).OfType<Type>()));

    /// <summary>A type and every type it is built from (element types, generic arguments); generic parameters are not types.</summary>
    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var inner in Flatten(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            yield return type.GetGenericTypeDefinition();
            foreach (var argument in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return argument;
            }

            yield break;
        }

        yield return type;
    }

    /// <summary>The types a method body names: its locals, and the types, members and their signatures its IL tokens refer to.</summary>
    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            return Array.Empty<Type>();
        }

        return body.LocalVariables.Select(l => l.LocalType)
            .Concat(ModelIl.Tokens(method)
                .Where(t => t.OpCode.OperandType != OperandType.InlineString)
                .SelectMany(t => MemberTypes(ModelIl.Resolve(method, t.Token))));
    }

    private static IEnumerable<Type> MemberTypes(MemberInfo? member)
    {
        switch (member)
        {
            case Type type:
                yield return type;
                break;
            case FieldInfo field:
                yield return field.DeclaringType!;
                yield return field.FieldType;
                break;
            case MethodBase called:
                yield return called.DeclaringType!;
                if (called is MethodInfo info)
                {
                    yield return info.ReturnType;
                    if (info.IsGenericMethod)
                    {
                        foreach (var argument in info.GetGenericArguments())
                        {
                            yield return argument;
                        }
                    }
                }

                foreach (var parameter in called.GetParameters())
                {
                    yield return parameter.ParameterType;
                }

                break;
        }
    }
}
