// SPDX-License-Identifier: Apache-2.0
#include "models/manifestdocument.h"

#include "k8sclient/yamljson.h"

#include <QRegularExpression>

namespace kedascope::models {

namespace json = k8s::json;

namespace {

const char sourceName[] = "manifest";

// Whether `line` has a comment: a '#' at its start or after a blank, outside quotes.
bool lineHasComment(QStringView line)
{
    QChar quote;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\') && quote == QLatin1Char('"'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            quote = c;
        else if (c == QLatin1Char('#') && (i == 0 || line[i - 1].isSpace()))
            return true;
    }
    return false;
}

json::Value *child(json::Value *value, const FieldPath::Segment &segment)
{
    if (!value)
        return nullptr;
    if (const int *index = std::get_if<int>(&segment)) {
        if (!value->IsArray() || *index >= int(value->Size()))
            return nullptr;
        return &(*value)[rapidjson::SizeType(*index)];
    }
    const QByteArray key = std::get<QString>(segment).toUtf8();
    if (!value->IsObject())
        return nullptr;
    auto member = value->FindMember(json::Value(rapidjson::StringRef(key.constData(), rapidjson::SizeType(key.size()))));
    return member == value->MemberEnd() ? nullptr : &member->value;
}

bool isKey(const FieldPath::Segment &segment)
{
    return std::holds_alternative<QString>(segment);
}

} // namespace

ManifestDocument::ManifestDocument(QObject *parent) : QObject(parent)
{
    m_json.SetObject();
}

ManifestDocument::~ManifestDocument() = default;

bool ManifestDocument::setText(const QString &text)
{
    if (text == m_text && !m_pending)
        return !m_error;
    const bool textDiffers = text != m_text;
    m_text = text;
    m_pending.reset();
    if (textDiffers)
        Q_EMIT textChanged();
    const bool hadError = m_error.has_value();
    auto parsed = k8s::yamlToJson(text.toStdString(), sourceName);
    if (!parsed) {
        m_error = parseErrorFrom(QString::fromStdString(parsed.error().message));
        Q_EMIT parseStateChanged();
        return false;
    }
    auto &documents = parsed.value();
    if (documents.size() > 1) {
        m_error = ParseError{1, 1, tr("This view holds one document; open the file to edit several.")};
        Q_EMIT parseStateChanged();
        return false;
    }
    if (!documents.empty() && !documents.front().IsObject()) {
        m_error = ParseError{1, 1, tr("A manifest is a mapping of fields (apiVersion, kind, metadata, …).")};
        Q_EMIT parseStateChanged();
        return false;
    }
    if (documents.empty())
        m_json.SetObject();
    else
        m_json.Swap(documents.front());
    m_error.reset();
    if (hadError)
        Q_EMIT parseStateChanged();
    Q_EMIT jsonChanged();
    return true;
}

bool ManifestDocument::load(const QString &text)
{
    m_text.clear();
    m_pending.reset();
    const bool ok = setText(text);
    Q_EMIT parseStateChanged();
    return ok;
}

std::optional<ManifestDocument::ParseError> ManifestDocument::parseErrorFrom(const QString &message)
{
    static const QRegularExpression located(QStringLiteral("^manifest:(\\d+):(\\d+): (.*)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const auto match = located.match(message);
    if (!match.hasMatch()) {
        QString reason = message;
        reason.remove(QRegularExpression(QStringLiteral("^manifest: ")));
        return ParseError{1, 1, reason};
    }
    return ParseError{match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3)};
}

QByteArray ManifestDocument::jsonBytes() const
{
    return QByteArray::fromStdString(json::serialize(m_json));
}

QString ManifestDocument::kind() const
{
    return stringValue(path(QStringLiteral("kind")));
}

QString ManifestDocument::apiVersion() const
{
    return stringValue(path(QStringLiteral("apiVersion")));
}

QString ManifestDocument::name() const
{
    return stringValue(path(QStringLiteral("metadata.name")));
}

QString ManifestDocument::objectNamespace() const
{
    return stringValue(path(QStringLiteral("metadata.namespace")));
}

bool ManifestDocument::isKeda() const
{
    return apiVersion().startsWith(QLatin1String("keda.sh/"));
}

const json::Value *ManifestDocument::find(const FieldPath &path) const
{
    auto *value = const_cast<json::Value *>(static_cast<const json::Value *>(&m_json));
    for (const auto &segment : path.segments())
        value = child(value, segment);
    return value;
}

QVariant ManifestDocument::value(const FieldPath &path) const
{
    const json::Value *value = find(path);
    if (!value)
        return {};
    if (value->IsString())
        return QString::fromUtf8(value->GetString(), int(value->GetStringLength()));
    if (value->IsBool())
        return value->GetBool();
    if (value->IsInt64())
        return qlonglong(value->GetInt64());
    if (value->IsNumber())
        return value->GetDouble();
    return {};
}

QString ManifestDocument::stringValue(const FieldPath &path) const
{
    const QVariant scalar = value(path);
    if (scalar.typeId() == QMetaType::Bool)
        return scalar.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return scalar.toString();
}

int ManifestDocument::arraySize(const FieldPath &path) const
{
    const json::Value *value = find(path);
    return value && value->IsArray() ? int(value->Size()) : 0;
}

QStringList ManifestDocument::keys(const FieldPath &path) const
{
    QStringList names;
    const json::Value *value = find(path);
    if (value && value->IsObject()) {
        for (const auto &member : value->GetObject())
            names << QString::fromUtf8(member.name.GetString(), int(member.name.GetStringLength()));
    }
    return names;
}

json::Value ManifestDocument::toJson(const QVariant &value, json::Allocator &alloc)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return json::Value(value.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return json::Value(int64_t(value.toLongLong()));
    case QMetaType::Double:
        return json::Value(value.toDouble());
    case QMetaType::QStringList: {
        json::Value array(rapidjson::kArrayType);
        for (const QString &item : value.toStringList())
            array.PushBack(json::Value(item.toStdString(), alloc), alloc);
        return array;
    }
    case QMetaType::QVariantMap: {
        json::Value object(rapidjson::kObjectType);
        const QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            object.AddMember(json::Value(it.key().toStdString(), alloc), toJson(it.value(), alloc), alloc);
        return object;
    }
    default:
        break;
    }
    if (!value.isValid())
        return json::Value(rapidjson::kNullType);
    return json::Value(value.toString().toStdString(), alloc);
}

json::Value *ManifestDocument::ensurePath(const FieldPath &path)
{
    json::Value *value = &m_json;
    const auto &segments = path.segments();
    for (size_t i = 0; i < segments.size(); ++i) {
        const bool nextIsIndex = i + 1 < segments.size() && !isKey(segments[i + 1]);
        const auto emptyContainer = [&] {
            return json::Value(nextIsIndex ? rapidjson::kArrayType : rapidjson::kObjectType);
        };
        if (const int *index = std::get_if<int>(&segments[i])) {
            if (!value->IsArray() || *index > int(value->Size()))
                return nullptr;
            if (*index == int(value->Size()))
                value->PushBack(emptyContainer(), m_json.GetAllocator());
            value = &(*value)[rapidjson::SizeType(*index)];
            continue;
        }
        if (!value->IsObject())
            value->SetObject();
        json::Value *next = child(value, segments[i]);
        if (!next) {
            value->AddMember(json::Value(std::get<QString>(segments[i]).toStdString(), m_json.GetAllocator()),
                             emptyContainer(), m_json.GetAllocator());
            next = &(value->MemberEnd() - 1)->value;
        }
        value = next;
    }
    return value;
}

void ManifestDocument::beginChange()
{
    if (m_changeDepth++ == 0) {
        m_changedInBatch = false;
        if (!m_pending)
            m_batchBefore = jsonBytes();
    }
}

void ManifestDocument::endChange()
{
    if (m_changeDepth == 0 || --m_changeDepth > 0)
        return;
    if (!m_changedInBatch)
        return;
    if (hasComments()) {
        const bool firstAsk = !m_pending;
        if (firstAsk)
            m_pending = m_batchBefore;
        Q_EMIT jsonChanged();
        if (firstAsk)
            Q_EMIT commentsWouldBeLost();
        return;
    }
    regenerate();
    Q_EMIT jsonChanged();
}

bool ManifestDocument::startEdit()
{
    if (m_error)
        return false;
    beginChange();
    m_changedInBatch = true;
    return true;
}

void ManifestDocument::setValue(const FieldPath &path, const QVariant &value)
{
    if (!startEdit())
        return;
    if (json::Value *target = ensurePath(path))
        *target = toJson(value, m_json.GetAllocator());
    endChange();
}

void ManifestDocument::setJson(const FieldPath &path, const json::Value &value)
{
    if (!startEdit())
        return;
    if (json::Value *target = ensurePath(path))
        target->CopyFrom(value, m_json.GetAllocator());
    endChange();
}

void ManifestDocument::remove(const FieldPath &path)
{
    if (path.isEmpty() || !find(path) || !startEdit())
        return;
    FieldPath current = path;
    while (!current.isEmpty()) {
        json::Value *parent = const_cast<json::Value *>(find(current.parent()));
        const auto &last = current.segments().back();
        if (const int *index = std::get_if<int>(&last)) {
            parent->Erase(parent->Begin() + *index);
            break;
        }
        parent->RemoveMember(std::get<QString>(last).toStdString());
        current = current.parent();
        if (current.isEmpty() || !isKey(current.segments().back()))
            break;
        const QString &name = std::get<QString>(current.segments().back());
        const json::Value *left = find(current);
        const bool keep = name == QLatin1String("spec") || name == QLatin1String("metadata") ||
                          !left->IsObject() || left->MemberCount() > 0;
        if (keep)
            break;
    }
    endChange();
}

void ManifestDocument::appendItem(const FieldPath &arrayPath, const json::Value &item)
{
    if (!startEdit())
        return;
    json::Value *array = ensurePath(arrayPath);
    if (array && !array->IsArray())
        array->SetArray();
    if (array)
        array->PushBack(json::Value(item, m_json.GetAllocator()), m_json.GetAllocator());
    endChange();
}

void ManifestDocument::removeItem(const FieldPath &arrayPath, int index)
{
    if (index < 0 || index >= arraySize(arrayPath))
        return;
    remove(arrayPath.index(index));
}

void ManifestDocument::moveItem(const FieldPath &arrayPath, int from, int to)
{
    const int size = arraySize(arrayPath);
    if (from == to || from < 0 || to < 0 || from >= size || to >= size || !startEdit())
        return;
    json::Value *array = const_cast<json::Value *>(find(arrayPath));
    json::Value moved;
    moved.Swap((*array)[rapidjson::SizeType(from)]);
    array->Erase(array->Begin() + from);
    array->PushBack(json::Value(), m_json.GetAllocator());
    for (int i = size - 1; i > to; --i)
        (*array)[rapidjson::SizeType(i)].Swap((*array)[rapidjson::SizeType(i - 1)]);
    (*array)[rapidjson::SizeType(to)].Swap(moved);
    endChange();
}

bool ManifestDocument::hasComments() const
{
    const auto lines = QStringView(m_text).split(QLatin1Char('\n'));
    return std::any_of(lines.begin(), lines.end(), lineHasComment);
}

void ManifestDocument::acceptRegeneration()
{
    if (!m_pending)
        return;
    m_pending.reset();
    regenerate();
}

void ManifestDocument::rejectRegeneration()
{
    if (!m_pending)
        return;
    auto before = json::parse(std::string_view(m_pending->constData(), size_t(m_pending->size())));
    m_pending.reset();
    if (before)
        m_json.Swap(*before);
    Q_EMIT jsonChanged();
}

void ManifestDocument::regenerate()
{
    m_text = m_json.IsObject() && m_json.MemberCount() == 0 ? QString()
                                                              : QString::fromStdString(k8s::jsonToYaml(m_json));
    Q_EMIT textRegenerated(m_text);
    Q_EMIT textChanged();
}

} // namespace kedascope::models
