using System;
using System.Linq;
using System.Reflection;

namespace Safeguarding.Domain.Tests.Support;

/// <summary>
/// The laws every hand-written equality in the library must keep: reflexive and symmetric equality of equal
/// copies, equal hashes for equal values, inequality (and in this small sample, distinct hashes) for values that
/// differ in any one member, <c>Equals(object)</c> agreeing with <c>Equals(T)</c>, and the operators agreeing
/// with both.
/// </summary>
internal static class EqualityLaws
{
    /// <summary>Checks the laws for a value, an equal copy built separately, and values that each differ in one member.</summary>
    public static void Hold<T>(T value, T equalCopy, params T[] differing)
        where T : IEquatable<T>
    {
        Assert.True(value.Equals(equalCopy), $"{typeof(T).Name}: a separately built copy is not equal.");
        Assert.True(equalCopy.Equals(value), $"{typeof(T).Name}: equality is not symmetric.");
        Assert.True(value.Equals((object)equalCopy), $"{typeof(T).Name}: Equals(object) disagrees with Equals(T).");
        Assert.False(value.Equals((object?)null), $"{typeof(T).Name}: equal to null.");
        Assert.False(value.Equals(new object()), $"{typeof(T).Name}: equal to an object of another type.");
        Assert.Equal(value.GetHashCode(), equalCopy.GetHashCode());
        Assert.True(Operator(value, equalCopy, "op_Equality") ?? true, $"{typeof(T).Name}: == is false for equal values.");
        Assert.False(Operator(value, equalCopy, "op_Inequality") ?? false, $"{typeof(T).Name}: != is true for equal values.");

        for (int i = 0; i < differing.Length; i++)
        {
            var other = differing[i];
            Assert.False(value.Equals(other), $"{typeof(T).Name}: variant {i} is equal but differs.");
            Assert.False(other.Equals(value), $"{typeof(T).Name}: variant {i} is equal (reversed) but differs.");
            Assert.False(value.Equals((object)other), $"{typeof(T).Name}: variant {i} is equal as object.");
            Assert.False(Operator(value, other, "op_Equality") ?? false, $"{typeof(T).Name}: == is true for variant {i}.");
            Assert.True(Operator(value, other, "op_Inequality") ?? true, $"{typeof(T).Name}: != is false for variant {i}.");
            Assert.True(value.GetHashCode() != other.GetHashCode(), $"{typeof(T).Name}: variant {i} has the same hash.");
        }
    }

    private static bool? Operator<T>(T left, T right, string name)
    {
        var method = typeof(T).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == name && m.GetParameters().Length == 2 && m.GetParameters()[0].ParameterType == typeof(T));
        return method is null ? null : (bool)method.Invoke(null, new object?[] { left, right })!;
    }
}
