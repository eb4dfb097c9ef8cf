using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Safeguarding.Domain.Citations;

namespace Safeguarding.Domain.Tests.Architecture;

/// <summary>
/// Conventions of the package, checked by reflection (as NodaTime does): immutable public types,
/// sealed classes, readonly structs, one namespace root, and documentation on every public member.
/// </summary>
public sealed class PublicApiConventionTests
{
    private static readonly Assembly Library = typeof(Citation).Assembly;

    /// <summary>The wire layer (documents, renderers), shipped beside the model as its own assembly.</summary>
    private static readonly Assembly Wire = typeof(Safeguarding.Domain.Serialization.ErrorDocument).Assembly;

    public static IEnumerable<Type> PublicTypes() =>
        Library.GetExportedTypes().Concat(Wire.GetExportedTypes()).OrderBy(t => t.FullName, StringComparer.Ordinal);

    public static TheoryData<string> PublicTypeNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in PublicTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void Library_HasPublicTypes()
    {
        Assert.Contains(typeof(Citation), PublicTypes());
    }

    [Fact]
    public void EveryPublicType_LivesUnderSafeguardingDomain()
    {
        var outside = PublicTypes().Where(t => t.Namespace is null
            || !(t.Namespace == "Safeguarding.Domain" || t.Namespace.StartsWith("Safeguarding.Domain.", StringComparison.Ordinal)));
        Assert.Empty(outside.Select(t => t.FullName));
    }

    [Fact]
    public void EveryPublicClass_IsSealedOrAbstract()
    {
        var open = PublicTypes().Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t));
        Assert.Empty(open.Select(t => t.FullName));
    }

    [Fact]
    public void EveryPublicStruct_IsReadOnly()
    {
        // Matched by name: on netstandard2.0 the compiler embeds its own copy of the attribute.
        var mutable = PublicTypes().Where(t => t.IsValueType && !t.IsEnum
            && !t.GetCustomAttributesData().Any(a => a.AttributeType.FullName == typeof(IsReadOnlyAttribute).FullName));
        Assert.Empty(mutable.Select(t => t.FullName));
    }

    [Fact]
    public void NoPublicType_HasAPublicSetterOrWritableField()
    {
        Assert.Empty(MutableMembers(PublicTypes()));
    }

    [Fact]
    public void NoPublicType_ExposesAMutableCollection()
    {
        Assert.Empty(MutableCollections(PublicTypes()));
    }

    [Fact]
    public void ConventionCheck_CatchesAPublicSetter()
    {
        // The check above must be able to fail: a type with a public setter is reported.
        Assert.Equal(new[] { nameof(MutableSample) + "." + nameof(MutableSample.Name) }, MutableMembers(new[] { typeof(MutableSample) }));
        Assert.Empty(MutableMembers(new[] { typeof(InitOnlySample) }));
        Assert.Equal(new[] { nameof(MutableSample) + "." + nameof(MutableSample.Items) }, MutableCollections(new[] { typeof(MutableSample) }));
    }

    [Fact]
    public void EveryPublicMember_IsDocumented()
    {
        var xmlPaths = new[] { Library, Wire }.Select(a => Path.ChangeExtension(a.Location, ".xml")).ToList();
        Assert.All(xmlPaths, xmlPath => Assert.True(File.Exists(xmlPath), "The XML documentation file must ship beside the assembly: " + xmlPath));
        var documented = xmlPaths.SelectMany(xmlPath => XDocument.Load(xmlPath).Descendants("member"))
            .Where(m => m.Elements().Any(e => e.Name == "summary" || e.Name == "inheritdoc"))
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);

        var missing = new List<string>();
        foreach (var type in PublicTypes())
        {
            if (!documented.Contains("T:" + XmlName(type)))
            {
                missing.Add("T:" + XmlName(type));
            }

            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                string? id = DocId(type, member);
                if (id is not null && !documented.Contains(id) && !IsCompilerProvided(type, member))
                {
                    missing.Add(id);
                }
            }
        }

        Assert.Empty(missing);
    }

    private static List<string> MutableMembers(IEnumerable<Type> types)
    {
        var found = new List<string>();
        foreach (var type in types)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                // An init-only setter (an object initialiser's, as on PlanActionBuilder) cannot change a value once made.
                if (property.SetMethod is { IsPublic: true } setter
                    && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit"))
                {
                    found.Add(type.Name + "." + property.Name);
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly && !field.IsLiteral && !type.IsEnum)
                {
                    found.Add(type.Name + "." + field.Name);
                }
            }
        }

        return found;
    }

    private static List<string> MutableCollections(IEnumerable<Type> types)
    {
        var found = new List<string>();
        foreach (var type in types)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (IsMutableCollection(property.PropertyType))
                {
                    found.Add(type.Name + "." + property.Name);
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (IsMutableCollection(field.FieldType))
                {
                    found.Add(type.Name + "." + field.Name);
                }
            }
        }

        return found;
    }

    private static bool IsMutableCollection(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return false;
        }

        if (type.IsArray)
        {
            return true;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
                || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(ImmutableArray<>)
                || definition.Namespace == "System.Collections.Immutable")
            {
                return false;
            }
        }

        return !(type.Namespace == "System.Collections.Immutable" || type.Namespace?.StartsWith("Safeguarding.Domain", StringComparison.Ordinal) == true);
    }

    private static bool IsCompilerProvided(Type type, MemberInfo member) =>
        (type.IsEnum && member.Name == "value__")
        || (member is MethodInfo method && method.IsSpecialName && !method.Name.StartsWith("op_", StringComparison.Ordinal))
        || member.IsDefined(typeof(CompilerGeneratedAttribute), false);

    private static string? DocId(Type type, MemberInfo member) => member switch
    {
        FieldInfo field => "F:" + XmlName(type) + "." + field.Name,
        PropertyInfo property => "P:" + XmlName(type) + "." + property.Name + Parameters(property.GetIndexParameters()),
        ConstructorInfo ctor => "M:" + XmlName(type) + ".#ctor" + Parameters(ctor.GetParameters()),
        MethodInfo method when !method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal) =>
            "M:" + XmlName(type) + "." + method.Name + (method.IsGenericMethod ? "``" + method.GetGenericArguments().Length : string.Empty)
            + Parameters(method.GetParameters())
            + (method.Name is "op_Implicit" or "op_Explicit" ? "~" + ParameterName(method.ReturnType) : string.Empty),
        _ => null,
    };

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => ParameterName(p.ParameterType))) + ")";

    private static string ParameterName(Type type)
    {
        if (type.IsByRef)
        {
            return ParameterName(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return ParameterName(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (type.IsGenericType)
        {
            string name = type.GetGenericTypeDefinition().FullName!;
            name = name.Substring(0, name.IndexOf('`', StringComparison.Ordinal)).Replace('+', '.');
            return name + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterName)) + "}";
        }

        return type.FullName!.Replace('+', '.');
    }

    private static string XmlName(Type type) => type.FullName!.Replace('+', '.');

    /// <summary>A deliberately mutable type, to prove the checks can fail.</summary>
    public sealed class InitOnlySample
    {
        public string Name { get; init; } = string.Empty;
    }

    public sealed class MutableSample
    {
        public string Name { get; set; } = string.Empty;

        public List<int> Items { get; } = new();
    }
}
