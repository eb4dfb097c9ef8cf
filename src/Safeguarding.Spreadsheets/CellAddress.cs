using System.Globalization;
using System.Text;
using NodaTime;

namespace Safeguarding.Spreadsheets;

/// <summary>A1-style cell references and Excel's serial dates.</summary>
internal static class CellAddress
{
    /// <summary>The column letters of a 1-based column number: 1 is A, 27 is AA.</summary>
    public static string Letters(int column)
    {
        var b = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26)
        {
            b.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return b.ToString();
    }

    /// <summary>A cell as an error path names it: <c>Actions!F7</c>.</summary>
    public static string Of(string sheet, int row, int column) => sheet + "!" + Letters(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a reference such as <c>F7</c> into its row and column (both 1-based); false when it is not one.</summary>
    public static bool TryParse(string? reference, out int row, out int column)
    {
        row = 0;
        column = 0;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        int i = 0;
        while (i < reference.Length && reference[i] is >= 'A' and <= 'Z')
        {
            column = (column * 26) + (reference[i] - 'A' + 1);
            if (column > 16384)
            {
                return false;
            }

            i++;
        }

        if (i == 0 || i == reference.Length)
        {
            return false;
        }

        return int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row) && row is >= 1 and <= 1048576;
    }

    /// <summary>
    /// The day of an Excel serial date (the fraction, a time of day, is dropped). In the 1900 system serial 1 is
    /// 1900-01-01 and serial 60 is Excel's non-existent 1900-02-29, refused; in the 1904 system serial 0 is 1904-01-01.
    /// </summary>
    public static bool TryDate(string raw, bool date1904, out LocalDate date)
    {
        date = default;
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double serial) || double.IsNaN(serial) || serial < 0 || serial > 2_958_465)
        {
            return false;
        }

        int days = (int)Math.Floor(serial);
        if (date1904)
        {
            date = new LocalDate(1904, 1, 1).PlusDays(days);
            return true;
        }

        if (days == 0 || days == 60)
        {
            return false;
        }

        date = new LocalDate(1899, 12, 31).PlusDays(days > 60 ? days - 1 : days);
        return true;
    }

    /// <summary>The Excel serial (1900 system) of a day.</summary>
    public static int Serial(LocalDate date)
    {
        int days = Period.DaysBetween(new LocalDate(1899, 12, 31), date);
        return days >= 60 ? days + 1 : days;
    }
}
