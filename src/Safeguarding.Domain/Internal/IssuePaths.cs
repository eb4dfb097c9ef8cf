using System.Text;

namespace Safeguarding.Domain.Internal;

/// <summary>
/// Builds the path an issue names (<c>$.actions[3].targetDate</c>) in one notation, JSONPath, whichever door the value came
/// through: the same path locates a value of a plan built in C# and the same value in its JSON document.
/// </summary>
internal static class IssuePaths
{
    private const int MaxNameInPath = 64;

    public static string Member(string parent, string name)
    {
        if (IsPlain(name))
        {
            return parent + "." + name;
        }

        // Names that are not plain identifiers are quoted, escaped and shortened: a path must stay a path.
        var text = new StringBuilder(parent).Append("['");
        int length = 0;
        foreach (char c in name)
        {
            if (length++ == MaxNameInPath)
            {
                text.Append("...");
                break;
            }

            if (c == '\'' || c == '\\')
            {
                text.Append('\\').Append(c);
            }
            else if (c < 0x20 || c > 0x7E)
            {
                text.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.Append("']").ToString();
    }

    public static string Index(string parent, int index) =>
        parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || name.Length > MaxNameInPath)
        {
            return false;
        }

        foreach (char c in name)
        {
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
