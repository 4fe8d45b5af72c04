#include "core/lots/DeliveryList.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace tps::lots {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryList)
};

enum class Column { Certificate, Public, Serial, Other };

QString normalized(const QString& name)
{
    QString out;
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

Column columnOf(const QString& header)
{
    static const QStringList certificate{QStringLiteral("ekcertificate"),
                                         QStringLiteral("ekcert"),
                                         QStringLiteral("certificate"),
                                         QStringLiteral("cert"),
                                         QStringLiteral("ekcertpem"),
                                         QStringLiteral("ekcertder"),
                                         QStringLiteral("ekcertificatepem"),
                                         QStringLiteral("ekcertificateder"),
                                         QStringLiteral("ekcrt")};
    static const QStringList pub{
        QStringLiteral("ekpub"),          QStringLiteral("ekpublic"),  QStringLiteral("ekpublickey"),
        QStringLiteral("endorsementkey"), QStringLiteral("publickey"), QStringLiteral("ek"),
        QStringLiteral("tpm2bpublic"),    QStringLiteral("ekpubpem"),  QStringLiteral("spki"),
        QStringLiteral("modulus"),        QStringLiteral("ekmodulus"), QStringLiteral("rsamodulus"),
        QStringLiteral("pubkey"),         QStringLiteral("ekpubkey")};
    static const QStringList serial{QStringLiteral("serial"),       QStringLiteral("tpmserial"),
                                    QStringLiteral("serialnumber"), QStringLiteral("tpmserialnumber"),
                                    QStringLiteral("chipserial"),   QStringLiteral("sn"),
                                    QStringLiteral("chipid"),       QStringLiteral("tpmid")};
    const QString n = normalized(header);
    if (certificate.contains(n))
        return Column::Certificate;
    if (pub.contains(n))
        return Column::Public;
    if (serial.contains(n))
        return Column::Serial;
    return Column::Other;
}

struct RawRow
{
    int row = 0;
    QByteArray certificate;
    QByteArray pub;
    QString serial;
    QList<QByteArray> unnamed; // headerless lists: every cell
};

// ---- CSV ------------------------------------------------------------------------------------------------

struct CsvRecord
{
    int line = 0;
    QList<QByteArray> cells;
};

char detectSeparator(const QByteArray& text)
{
    const qsizetype eol = text.indexOf('\n');
    const QByteArray first = text.left(eol < 0 ? text.size() : eol);
    char best = ',';
    qsizetype most = 0;
    for (const char c : {',', ';', '\t', '|'}) {
        const qsizetype n = first.count(c);
        if (n > most) {
            most = n;
            best = c;
        }
    }
    return best;
}

// RFC 4180 records (quoted cells may hold separators, quotes doubled, and line breaks); CR dropped.
QList<CsvRecord> csvRecords(const QByteArray& text, char separator)
{
    QList<CsvRecord> records;
    CsvRecord current{1, {}};
    QByteArray cell;
    bool quoted = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text.at(i + 1) == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else if (c != '\r') {
                line += c == '\n';
                cell += c;
            }
        } else if (c == '"' && cell.trimmed().isEmpty()) {
            quoted = true;
            cell.clear();
        } else if (c == separator) {
            current.cells.append(cell.trimmed());
            cell.clear();
        } else if (c == '\n') {
            current.cells.append(cell.trimmed());
            cell.clear();
            records.append(current);
            current = CsvRecord{++line, {}};
        } else if (c != '\r') {
            cell += c;
        }
    }
    current.cells.append(cell.trimmed());
    records.append(current);
    // Blank lines and comment lines are not records.
    records.removeIf([](const CsvRecord& r) {
        const bool blank =
            std::all_of(r.cells.cbegin(), r.cells.cend(), [](const QByteArray& c) { return c.isEmpty(); });
        return blank || (r.cells.size() == 1 && r.cells.first().startsWith('#'));
    });
    return records;
}

QList<RawRow> csvRows(const QByteArray& text)
{
    const QList<CsvRecord> records = csvRecords(text, detectSeparator(text));
    QList<RawRow> rows;
    if (records.isEmpty())
        return rows;
    QList<Column> columns;
    for (const QByteArray& h : records.first().cells)
        columns.append(columnOf(QString::fromUtf8(h)));
    const bool header = columns.contains(Column::Certificate) || columns.contains(Column::Public);
    for (qsizetype r = header ? 1 : 0; r < records.size(); ++r) {
        RawRow row;
        row.row = records.at(r).line;
        const QList<QByteArray>& cells = records.at(r).cells;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const Column col = header && c < columns.size() ? columns.at(c) : Column::Other;
            if (col == Column::Certificate)
                row.certificate = cells.at(c);
            else if (col == Column::Public)
                row.pub = cells.at(c);
            else if (col == Column::Serial)
                row.serial = QString::fromUtf8(cells.at(c));
            else if (!header)
                row.unnamed.append(cells.at(c));
        }
        rows.append(row);
    }
    return rows;
}

// ---- JSON -----------------------------------------------------------------------------------------------

QByteArray jsonValueBytes(const QJsonValue& v)
{
    return v.isString() ? v.toString().toUtf8() : QByteArray();
}

QJsonArray entriesArray(const QJsonObject& o)
{
    static const QStringList names{QStringLiteral("eks"),
                                   QStringLiteral("entries"),
                                   QStringLiteral("tpms"),
                                   QStringLiteral("devices"),
                                   QStringLiteral("items"),
                                   QStringLiteral("certificates"),
                                   QStringLiteral("ekcertificates"),
                                   QStringLiteral("ekpubs"),
                                   QStringLiteral("list"),
                                   QStringLiteral("parts")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it->isArray() && names.contains(normalized(it.key())))
            return it->toArray();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it->isArray())
            return it->toArray();
    return {};
}

QString topLevelText(const QJsonObject& o, const QStringList& names)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (names.contains(normalized(it.key())) && (it->isString() || it->isDouble()))
            return it->toVariant().toString();
    return {};
}

RawRow jsonRow(int index, const QJsonValue& v)
{
    RawRow row;
    row.row = index + 1;
    if (v.isString()) {
        row.unnamed.append(v.toString().toUtf8());
        return row;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        switch (columnOf(it.key())) {
        case Column::Certificate:
            row.certificate = jsonValueBytes(*it);
            break;
        case Column::Public:
            row.pub = jsonValueBytes(*it);
            break;
        case Column::Serial:
            row.serial = it->toVariant().toString();
            break;
        case Column::Other:
            break;
        }
    }
    return row;
}

// ---- PEM bundle -----------------------------------------------------------------------------------------

QList<RawRow> pemRows(const QByteArray& text)
{
    QList<RawRow> rows;
    qsizetype at = 0;
    while ((at = text.indexOf("-----BEGIN ", at)) >= 0) {
        const qsizetype end = text.indexOf("-----END ", at);
        const qsizetype close = end < 0 ? -1 : text.indexOf("-----", end + 9);
        if (close < 0)
            break;
        RawRow row;
        row.row = int(rows.size()) + 1;
        row.unnamed.append(text.mid(at, close + 5 - at));
        rows.append(row);
        at = close + 5;
    }
    return rows;
}

// ---- rows to entries ------------------------------------------------------------------------------------

Result<DeliveryEntry, QString> entryOf(const RawRow& raw)
{
    DeliveryEntry e;
    e.row = raw.row;
    e.tpmSerial = raw.serial.trimmed();
    if (!raw.certificate.isEmpty() || !raw.pub.isEmpty()) {
        const QByteArray primary = raw.certificate.isEmpty() ? raw.pub : raw.certificate;
        auto v = lots::parseEkPublicValue(primary);
        if (!v)
            return fail(v.error());
        if (!raw.certificate.isEmpty() && !raw.pub.isEmpty()) {
            auto p = lots::parseEkPublicValue(raw.pub);
            if (!p)
                return fail(p.error());
            if (p->keyId != v->keyId)
                return fail(Tr::tr("the EK certificate and the EK_pub of this row are different keys"));
        }
        e.ek = *v;
        return e;
    }
    // Headerless: the first cell that is an EK; a cell before it is the TPM's serial.
    QString firstError = Tr::tr("no EK value in this row");
    for (qsizetype i = 0; i < raw.unnamed.size(); ++i) {
        if (raw.unnamed.at(i).isEmpty())
            continue;
        auto v = lots::parseEkPublicValue(raw.unnamed.at(i));
        if (v) {
            e.ek = *v;
            if (i > 0 && e.tpmSerial.isEmpty())
                e.tpmSerial = QString::fromUtf8(raw.unnamed.at(0));
            return e;
        }
        firstError = v.error();
    }
    return fail(firstError);
}

Result<DeliveryList, DeliveryListError> entriesOf(DeliveryList list, const QList<RawRow>& rows)
{
    DeliveryListError error;
    QHash<QString, int> seen; // key ID -> row
    for (const RawRow& raw : rows) {
        auto entry = entryOf(raw);
        if (!entry) {
            error.rows.append(RowProblem{raw.row, entry.error()});
            continue;
        }
        if (const auto it = seen.constFind(entry->ek.keyId); it != seen.cend()) {
            error.rows.append(RowProblem{
                raw.row, Tr::tr("the same EK as row %1 (a duplicate EK inside the lot)").arg(*it)});
            continue;
        }
        seen.insert(entry->ek.keyId, raw.row);
        list.entries.append(*entry);
    }
    if (!error.rows.isEmpty()) {
        error.message = Tr::tr("The delivery list has %n bad row(s); nothing was imported.", nullptr,
                               int(error.rows.size()));
        return fail(error);
    }
    if (list.entries.isEmpty())
        return fail(DeliveryListError{Tr::tr("The delivery list holds no EK."), {}});
    return list;
}
} // namespace

Result<DeliveryList, DeliveryListError> readDeliveryList(const QByteArray& data)
{
    QByteArray text = data;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const QByteArray trimmed = text.trimmed();
    DeliveryList list;
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
        if (doc.isNull())
            return fail(DeliveryListError{Tr::tr("The delivery list is not valid JSON: %1 (at byte %2).")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset),
                                          {}});
        list.format = QStringLiteral("json");
        const QJsonArray array = doc.isArray() ? doc.array() : entriesArray(doc.object());
        if (doc.isObject()) {
            list.lot = topLevelText(doc.object(), {QStringLiteral("lot"), QStringLiteral("lotnumber"),
                                                   QStringLiteral("lotno"), QStringLiteral("lotid")});
            list.part = topLevelText(doc.object(), {QStringLiteral("part"), QStringLiteral("partnumber"),
                                                    QStringLiteral("partno"), QStringLiteral("pn")});
        }
        QList<RawRow> rows;
        for (qsizetype i = 0; i < array.size(); ++i)
            rows.append(jsonRow(int(i), array.at(i)));
        return entriesOf(list, rows);
    }
    if (trimmed.startsWith("-----BEGIN ")) {
        list.format = QStringLiteral("pem");
        return entriesOf(list, pemRows(trimmed));
    }
    list.format = QStringLiteral("csv");
    return entriesOf(list, csvRows(text));
}

QString deliveryListErrorText(const DeliveryListError& error)
{
    QStringList lines{error.message};
    for (const RowProblem& p : error.rows)
        lines.append(Tr::tr("  row %1: %2").arg(p.row).arg(p.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace tps::lots
