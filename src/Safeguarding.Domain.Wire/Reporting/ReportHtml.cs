using System.Globalization;

namespace Safeguarding.Domain.Reporting;

/// <summary>
/// What every HTML report of the package shares, so that they read and print alike: the stylesheet (screen
/// and print), HTML encoding, status colours with a hatching pattern each (readable in black and white), the
/// swatches, legends and key, and the width estimate that keeps chart labels inside their SVG.
/// </summary>
/// <remarks>
/// Pure and thread-safe. Nothing here emits a script or an external resource. A status is always shown with
/// its name beside its colour and pattern; colour is never the only sign.
/// </remarks>
internal static class ReportHtml
{
    /// <summary>
    /// The stylesheet: long words and ids wrap anywhere rather than overflow, dates and numbers never wrap,
    /// legends wrap as whole entries, charts scale to the page, a wide table of class <c>cards</c> becomes one card
    /// a row on a narrow screen (each cell labelled by its <c>data-label</c>), and print keeps colours and patterns, avoids
    /// breaking figures and table rows, and uses an A4 landscape page.
    /// </summary>
    public const string Stylesheet =
        "body{font-family:system-ui,-apple-system,'Segoe UI',Arial,sans-serif;margin:2em auto;max-width:62em;padding:0 1em;color:#111;background:#fff;line-height:1.4;overflow-wrap:break-word}\n"
        + "h1,.id,.words{overflow-wrap:anywhere}th.w-words{width:24%}th.w-text{width:18%}th.w-id{width:12%}\n"
        + "table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #999;padding:.25em .5em;text-align:left;vertical-align:top}\n"
        + "th{background:#eee}.num{text-align:right;white-space:nowrap}.date,.nowrap{white-space:nowrap}.status{font-weight:bold}\n"
        + ".st{display:inline-flex;align-items:flex-start;gap:.35em}.st .swatch{flex:none;margin-top:.15em}.words div+div{margin-top:.2em}.label{font-style:italic}\n"
        + "figure{margin:1em 0}figcaption{font-style:italic}figure svg.chart{display:block;max-width:100%;height:auto}\n"
        + "ul.legend{list-style:none;margin:.5em 0;padding:0;display:flex;flex-wrap:wrap;gap:.25em 1.5em}ul.legend li{margin:0}\n"
        + "svg.defs{position:absolute;width:0;height:0;overflow:hidden}\n"
        + "@media screen and (max-width:50em){table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:auto}table.cards tr:first-child{display:none}"
        + "table.cards tr{border:1px solid #999;margin:.75em 0}table.cards td{border:0;border-top:1px solid #ddd}table.cards td:first-child{border-top:0;background:#eee}"
        + "table.cards td::before{content:attr(data-label) \": \";font-weight:bold}}\n"
        + "@page{size:A4 landscape;margin:12mm}\n"
        + "@media print{body{margin:0;max-width:none;padding:0;font-size:10pt}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        + "h2{break-after:avoid}figure,tr,table.key{break-inside:avoid}}\n";

    /// <summary>The document's head: the doctype, language, character set, viewport, title and stylesheet.</summary>
    /// <param name="h">The page being written.</param>
    /// <param name="title">The page title (plain text; encoded here).</param>
    public static void Head(StringBuilder h, string title) =>
        h.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(Encode(title)).Append("</title>\n<style>\n").Append(Stylesheet).Append("</style>\n</head>\n<body>\n");

    /// <summary>The SVG patterns of a scheme's statuses, once per page (ids <c>status-0</c>, <c>status-1</c>, ...), in an invisible SVG.</summary>
    /// <param name="h">The page being written.</param>
    /// <param name="statuses">The scheme's statuses, worst first.</param>
    public static void PatternDefinitions(StringBuilder h, IReadOnlyList<string> statuses)
    {
        h.Append("<svg class=\"defs\" aria-hidden=\"true\" focusable=\"false\"><defs>\n");
        for (int k = 0; k < statuses.Count; k++)
        {
            string ink = TextColour(statuses[k], k, statuses.Count);
            h.Append("<pattern id=\"status-").Append(k.ToString(CultureInfo.InvariantCulture)).Append("\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"")
                .Append(Colour(statuses[k], k, statuses.Count)).Append("\"/>").Append(Hatching(statuses[k], k, ink)).Append("</pattern>\n");
        }

        h.Append("</defs></svg>\n");
    }

    /// <summary>The fill that shows a status: its colour with its hatching pattern.</summary>
    /// <param name="rank">The status's index in the scheme.</param>
    /// <returns>An SVG paint.</returns>
    public static string Fill(int rank) => "url(#status-" + rank.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>A status as shown in a table, a legend or the key: its swatch, then its name, kept side by side.</summary>
    /// <param name="rank">The status's index in the scheme, or -1 for a name the scheme does not have (no swatch).</param>
    /// <param name="status">The status name (plain text; encoded here).</param>
    /// <returns>The HTML.</returns>
    public static string Status(int rank, string status) =>
        "<span class=\"st " + Fit(status) + "\">" + (rank < 0 ? string.Empty : Swatch(rank)) + "<span>" + Encode(status) + "</span></span>";

    /// <summary>
    /// The class that keeps a short name or id on one line (<c>nowrap</c>, so "1.1" or "amber" never breaks) and
    /// lets a long one wrap anywhere (<c>id</c>, so a 64-character agency id never overflows its column).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The class name.</returns>
    public static string Fit(string text) => text.Length <= 16 ? "nowrap" : "id";

    /// <summary>
    /// Breaks a label into lines no wider than a width (by <see cref="TextWidth"/>), after a space, hyphen,
    /// underscore, slash or full stop where it can, anywhere in a word longer than the width.
    /// </summary>
    /// <param name="label">The label.</param>
    /// <param name="maxWidth">The widest line, in pixels.</param>
    /// <param name="fontSize">The font size in pixels.</param>
    /// <returns>The lines, at least one.</returns>
    public static List<string> Wrap(string label, double maxWidth, double fontSize)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var token = new StringBuilder();
        for (int i = 0; i <= label.Length; i++)
        {
            if (i < label.Length)
            {
                token.Append(label[i]);
                if (label[i] is not (' ' or '-' or '_' or '/' or '.') && i + 1 < label.Length)
                {
                    continue;
                }
            }

            if (line.Length > 0 && TextWidth(line.ToString() + token, fontSize) > maxWidth)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
            }

            foreach (char ch in token.ToString())
            {
                if (line.Length > 0 && TextWidth(line.ToString() + ch, fontSize) > maxWidth)
                {
                    lines.Add(line.ToString().TrimEnd());
                    line.Clear();
                }

                line.Append(ch);
            }

            token.Clear();
        }

        lines.Add(line.ToString().TrimEnd());
        return lines;
    }

    /// <summary>A small square of a status's colour and pattern, decorative (the status's name is always written beside it).</summary>
    /// <param name="rank">The status's index in the scheme.</param>
    /// <returns>The inline SVG.</returns>
    public static string Swatch(int rank) =>
        "<svg class=\"swatch\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\"><rect x=\"0.5\" y=\"0.5\" width=\"15\" height=\"15\" fill=\""
        + Fill(rank) + "\" stroke=\"#000\" stroke-width=\"1\"/></svg>";

    /// <summary>A legend under a chart: every status with its swatch and name, entries wrapping as wholes.</summary>
    /// <param name="h">The page being written.</param>
    /// <param name="statuses">The scheme's statuses, worst first.</param>
    public static void Legend(StringBuilder h, IReadOnlyList<string> statuses)
    {
        h.Append("<ul class=\"legend\">");
        for (int k = 0; k < statuses.Count; k++)
        {
            h.Append("<li>").Append(Status(k, statuses[k])).Append("</li>");
        }

        h.Append("</ul>\n");
    }

    /// <summary>The status colour: the conventional ones for red, amber, green and blue; greys by rank for a council's own names.</summary>
    /// <param name="status">The status name.</param>
    /// <param name="rank">Its index in the scheme.</param>
    /// <param name="count">How many statuses the scheme has.</param>
    /// <returns>A CSS colour.</returns>
    public static string Colour(string status, int rank, int count) => status switch
    {
        "red" => "#c62828",
        "amber" => "#f9a825",
        "green" => "#2e7d32",
        "blue" => "#1565c0",
        _ => Grey(rank, count),
    };

    /// <summary>Ink that reads on a status's colour: dark on amber and on light greys, white elsewhere.</summary>
    /// <param name="status">The status name.</param>
    /// <param name="rank">Its index in the scheme.</param>
    /// <param name="count">How many statuses the scheme has.</param>
    /// <returns>A CSS colour.</returns>
    public static string TextColour(string status, int rank, int count) => status switch
    {
        "amber" => "#000",
        "red" or "green" or "blue" => "#fff",
        _ => GreyLevel(rank, count) >= 144 ? "#000" : "#fff",
    };

    /// <summary>
    /// A generous estimate of the width of a text in a sans-serif font, in pixels: wide enough for the widest
    /// common fonts (DejaVu Sans, Arial), and twice as wide for East Asian characters. Charts size their label
    /// space and legends with it; the browser test checks it against a real browser's layout.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="fontSize">The font size in pixels.</param>
    /// <returns>The width.</returns>
    public static double TextWidth(string text, double fontSize)
    {
        double ems = 0;
        foreach (char ch in text)
        {
            if (char.IsHighSurrogate(ch))
            {
                ems += 1.25; // an emoji or a rare ideograph
            }
            else if (char.IsLowSurrogate(ch))
            {
                continue;
            }
            else if (ch >= '\u2E80')
            {
                ems += 1.05;
            }
            else
            {
                ems += char.IsUpper(ch) || ch is 'm' or 'w' or '@' or '%' ? 0.95 : 0.68;
            }
        }

        return ems * fontSize;
    }

    /// <summary>HTML-encodes text for element content and attribute values.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string Encode(string text)
    {
        var b = new StringBuilder(text.Length + 8);
        foreach (char ch in text)
        {
            switch (ch)
            {
                case '&': b.Append("&amp;"); break;
                case '<': b.Append("&lt;"); break;
                case '>': b.Append("&gt;"); break;
                case '"': b.Append("&quot;"); break;
                case '\'': b.Append("&#39;"); break;
                default: b.Append(ch); break;
            }
        }

        return b.ToString();
    }

    /// <summary>A coordinate to one decimal; a value that rounds to zero from below prints as 0, not -0.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string F(double value)
    {
        string text = value.ToString("0.#", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    private static int GreyLevel(int rank, int count) => count <= 1 ? 128 : 40 + (180 * rank / (count - 1));

    private static string Grey(int rank, int count)
    {
        string hex = GreyLevel(rank, count).ToString("x2", CultureInfo.InvariantCulture);
        return "#" + hex + hex + hex;
    }

    // A hatching per status, so that statuses differ in black and white: the conventional colours have fixed
    // patterns (red diagonal, amber dots, green horizontal lines, blue none); a council's own statuses take them by rank.
    private static string Hatching(string status, int rank, string ink)
    {
        int kind = status switch
        {
            "red" => 0,
            "amber" => 1,
            "green" => 2,
            "blue" => 3,
            _ => rank % Kinds,
        };
        string stroke = "\" stroke=\"" + ink + "\" stroke-width=\"1.5\" stroke-opacity=\"0.8\"/>";
        return kind switch
        {
            0 => "<path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" + stroke,
            1 => "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"" + ink + "\" fill-opacity=\"0.8\"/>",
            2 => "<path d=\"M0,4 h8" + stroke,
            3 => string.Empty,
            4 => "<path d=\"M4,0 v8" + stroke,
            5 => "<path d=\"M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" + stroke,
            _ => "<path d=\"M0,4 h8 M4,0 v8" + stroke,
        };
    }

    private const int Kinds = 7;
}
