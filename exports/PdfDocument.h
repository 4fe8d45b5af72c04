// A minimal PDF 1.4 writer for text reports, without QtGui (db/ must not link it): A4 pages, the standard
// Helvetica, Helvetica-Bold and Courier fonts (WinAnsiEncoding: Latin-1 text; other characters print as
// '?'), lines wrapped to the page width. No time stamps or IDs inside: the same text gives the same bytes.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tps::db::exports {

class PdfDocument
{
public:
    enum class Font { Regular, Bold, Mono };

    void heading(const QString& text);
    void line(const QString& text, Font font = Font::Regular, double size = 9);
    void gap(double points = 6);
    QByteArray render() const;

private:
    struct Line
    {
        QByteArray text; // WinAnsi bytes
        Font font;
        double size;
        double advance;
    };
    QList<Line> m_lines;
};

} // namespace tps::db::exports
