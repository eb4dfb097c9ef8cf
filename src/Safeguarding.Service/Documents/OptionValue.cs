using System.Collections.Generic;
using NodaTime;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Service.Documents;

/// <summary>
/// Reads a door's parameter (a CLI option or an HTTP query parameter) into the model. The error's path is the
/// parameter's name as the caller wrote it (<c>--as-of</c> on the command line, <c>asOf</c> over HTTP).
/// </summary>
internal static class OptionValue
{
    /// <summary>A required date, read with the documents' own date rule (ISO, a real day, 1900 to 2199).</summary>
    public static LocalDate? RequiredDate(string? text, string name, List<InputError> errors)
    {
        if (text is null)
        {
            errors.Add(new InputError(name, "missing-parameter", "A date (YYYY-MM-DD) is required."));
            return null;
        }

        return OptionalDate(text, name, errors);
    }

    /// <summary>An optional date: null when not given.</summary>
    public static LocalDate? OptionalDate(string? text, string name, List<InputError> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (ContractDate.TryParse(text, name, out var date, out var error))
        {
            return date;
        }

        errors.Add(error);
        return null;
    }
}
