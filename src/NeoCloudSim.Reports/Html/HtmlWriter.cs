using System.Net;
using System.Text;

namespace NeoCloudSim.Reports.Html;

/// <summary>A small builder of HTML text that escapes every piece of text it is given.</summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _html = new();

    public HtmlWriter Raw(string html)
    {
        _html.Append(html);
        return this;
    }

    public HtmlWriter Text(string text)
    {
        _html.Append(WebUtility.HtmlEncode(text));
        return this;
    }

    public HtmlWriter Element(string tag, string text, string? cssClass = null)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _html.Append(" class=\"").Append(cssClass).Append('"');
        }

        _html.Append('>').Append(WebUtility.HtmlEncode(text)).Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>A table with a header row; every cell is text.</summary>
    public HtmlWriter Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? cssClass = null)
    {
        _html.Append(cssClass is null ? "<table>" : $"<table class=\"{cssClass}\">").Append("<thead><tr>");
        foreach (string h in header)
        {
            _html.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        }

        _html.Append("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            _html.Append("<tr>");
            foreach (string cell in row)
            {
                _html.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            _html.Append("</tr>\n");
        }

        _html.Append("</tbody></table>\n");
        return this;
    }

    public static string Attribute(string value) => WebUtility.HtmlEncode(value);

    public override string ToString() => _html.ToString();
}
