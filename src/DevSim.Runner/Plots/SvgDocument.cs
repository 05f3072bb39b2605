using System.Globalization;
using System.Text;
using System.Xml;

namespace DevSim.Runner.Plots;

/// <summary>A thin SVG writer over XmlWriter, so every chart is well-formed XML by construction.</summary>
internal sealed class SvgDocument : IDisposable
{
    private readonly StringBuilder _text = new();
    private readonly XmlWriter _xml;

    public SvgDocument(double width, double height)
    {
        // No XML declaration: over a StringBuilder it would say UTF-16, and the files are UTF-8.
        _xml = XmlWriter.Create(_text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true });
        _xml.WriteStartElement("svg", "http://www.w3.org/2000/svg");
        Attr("width", width);
        Attr("height", height);
        _xml.WriteAttributeString("viewBox", $"0 0 {N(width)} {N(height)}");
        _xml.WriteAttributeString("font-family", "Helvetica, Arial, sans-serif");
        _xml.WriteAttributeString("font-size", "12");
        Rect(0, 0, width, height, "white", null);
    }

    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public void Rect(double x, double y, double width, double height, string fill, string? @class, double opacity = 1, string? title = null)
    {
        _xml.WriteStartElement("rect");
        Attr("x", x);
        Attr("y", y);
        Attr("width", Math.Max(0, width));
        Attr("height", Math.Max(0, height));
        _xml.WriteAttributeString("fill", fill);
        if (opacity < 1)
            Attr("fill-opacity", opacity);
        if (@class is not null)
            _xml.WriteAttributeString("class", @class);
        if (title is not null)
            _xml.WriteElementString("title", title);
        _xml.WriteEndElement();
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null)
    {
        _xml.WriteStartElement("line");
        Attr("x1", x1);
        Attr("y1", y1);
        Attr("x2", x2);
        Attr("y2", y2);
        _xml.WriteAttributeString("stroke", stroke);
        Attr("stroke-width", width);
        if (dash is not null)
            _xml.WriteAttributeString("stroke-dasharray", dash);
        _xml.WriteEndElement();
    }

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke, string @class, double width = 2, string? dash = null)
    {
        _xml.WriteStartElement("polyline");
        _xml.WriteAttributeString("points", string.Join(" ", points.Select(p => $"{N(p.X)},{N(p.Y)}")));
        _xml.WriteAttributeString("fill", "none");
        _xml.WriteAttributeString("stroke", stroke);
        Attr("stroke-width", width);
        if (dash is not null)
            _xml.WriteAttributeString("stroke-dasharray", dash);
        _xml.WriteAttributeString("class", @class);
        _xml.WriteEndElement();
    }

    public void Polygon(IEnumerable<(double X, double Y)> points, string fill, double opacity, string @class)
    {
        _xml.WriteStartElement("polygon");
        _xml.WriteAttributeString("points", string.Join(" ", points.Select(p => $"{N(p.X)},{N(p.Y)}")));
        _xml.WriteAttributeString("fill", fill);
        Attr("fill-opacity", opacity);
        _xml.WriteAttributeString("stroke", "none");
        _xml.WriteAttributeString("class", @class);
        _xml.WriteEndElement();
    }

    public void Circle(double x, double y, double r, string fill, string @class, string? title = null)
    {
        _xml.WriteStartElement("circle");
        Attr("cx", x);
        Attr("cy", y);
        Attr("r", r);
        _xml.WriteAttributeString("fill", fill);
        _xml.WriteAttributeString("class", @class);
        if (title is not null)
            _xml.WriteElementString("title", title);
        _xml.WriteEndElement();
    }

    public void Text(double x, double y, string text, string anchor = "middle", double size = 12, bool bold = false, double rotate = 0, string? @class = null)
    {
        _xml.WriteStartElement("text");
        Attr("x", x);
        Attr("y", y);
        _xml.WriteAttributeString("text-anchor", anchor);
        Attr("font-size", size);
        if (bold)
            _xml.WriteAttributeString("font-weight", "bold");
        if (rotate != 0)
            _xml.WriteAttributeString("transform", $"rotate({N(rotate)} {N(x)} {N(y)})");
        if (@class is not null)
            _xml.WriteAttributeString("class", @class);
        _xml.WriteString(text);
        _xml.WriteEndElement();
    }

    public override string ToString()
    {
        _xml.WriteEndElement();
        _xml.Flush();
        return _text.ToString();
    }

    public void Dispose() => _xml.Dispose();

    private void Attr(string name, double value) => _xml.WriteAttributeString(name, N(value));
}
