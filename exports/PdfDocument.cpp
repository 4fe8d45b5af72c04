#include "exports/PdfDocument.h"

#include <QStringList>

namespace tps::db::exports {

namespace {
constexpr double kPageWidth = 595.0;
constexpr double kPageHeight = 842.0;
constexpr double kMargin = 50.0;

QByteArray winAnsi(const QString& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '\t')
            out.append(' ');
        else if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u > 0xff)
            out.append('?');
        else
            out.append(static_cast<char>(u));
    }
    return out;
}

// Approximate widths (in em) for wrapping: Courier exactly 0.6, the proportional fonts at most ~0.56 on
// average.
double emWidth(PdfDocument::Font f)
{
    return f == PdfDocument::Font::Mono ? 0.6 : f == PdfDocument::Font::Bold ? 0.58 : 0.53;
}

QByteArray pdfString(const QByteArray& text)
{
    QByteArray s = "(";
    for (const char ch : text) {
        const auto b = static_cast<unsigned char>(ch);
        if (ch == '(' || ch == ')' || ch == '\\') {
            s += '\\';
            s += ch;
        } else if (b >= 0x80) {
            s += '\\' + QByteArray::number(b, 8).rightJustified(3, '0');
        } else {
            s += ch;
        }
    }
    return s + ')';
}

const char* fontName(PdfDocument::Font f)
{
    return f == PdfDocument::Font::Bold ? "/F2" : f == PdfDocument::Font::Mono ? "/F3" : "/F1";
}

} // namespace

void PdfDocument::heading(const QString& text)
{
    gap(4);
    line(text, Font::Bold, 12);
    gap(2);
}

void PdfDocument::line(const QString& text, Font font, double size)
{
    const int perLine = static_cast<int>((kPageWidth - 2 * kMargin) / (size * emWidth(font)));
    const QStringList parts = text.split(QLatin1Char('\n'));
    for (const QString& part : parts) {
        QString rest = part;
        do {
            QString chunk = rest.left(perLine);
            if (rest.size() > perLine) {
                const qsizetype space = chunk.lastIndexOf(QLatin1Char(' '));
                if (space > perLine / 2)
                    chunk = chunk.left(space + 1);
            }
            rest = rest.mid(chunk.size());
            m_lines.append(Line{winAnsi(chunk), font, size, size * 1.3});
            font = font == Font::Bold ? Font::Regular : font; // a wrapped heading continues plain
        } while (!rest.isEmpty());
    }
}

void PdfDocument::gap(double points)
{
    m_lines.append(Line{QByteArray(), Font::Regular, 0, points});
}

QByteArray PdfDocument::render() const
{
    // Lay out the pages' content streams.
    QList<QByteArray> pages;
    QByteArray content;
    double y = kPageHeight - kMargin;
    for (const Line& l : m_lines) {
        if (y - l.advance < kMargin) {
            pages.append(content);
            content.clear();
            y = kPageHeight - kMargin;
        }
        y -= l.advance;
        if (l.text.isEmpty())
            continue;
        content += "BT " + QByteArray(fontName(l.font)) + ' ' + QByteArray::number(l.size, 'f', 1) + " Tf " +
                   QByteArray::number(kMargin, 'f', 1) + ' ' + QByteArray::number(y, 'f', 1) + " Td " +
                   pdfString(l.text) + " Tj ET\n";
    }
    pages.append(content);

    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    auto object = [&](const QByteArray& body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const int n = static_cast<int>(pages.size());
    // 1 catalog, 2 pages, 3-5 fonts, then for each page: page, content.
    object("<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    for (int i = 0; i < n; ++i)
        kids += QByteArray::number(6 + 2 * i) + " 0 R ";
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(n) + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>");
    for (int i = 0; i < n; ++i) {
        object(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R "
            "/F3 5 0 R >> >> /Contents " +
            QByteArray::number(7 + 2 * i) + " 0 R >>");
        object("<< /Length " + QByteArray::number(pages.at(i).size()) + " >>\nstream\n" + pages.at(i) +
               "\nendstream");
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype off : std::as_const(offsets))
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace tps::db::exports
