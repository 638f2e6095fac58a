// SPDX-License-Identifier: Apache-2.0
#include "models/objecttablemodel.h"

#include <QCoreApplication>
#include <QDebug>
#include <QMetaObject>

#include <algorithm>
#include <thread>
#include <unordered_set>

namespace kedascope::models {

namespace {

std::string keyOf(const k8s::CachedObject &object)
{
    return object.ns + '/' + object.name;
}

// Calls `range(first, last)` for each run of consecutive rows in ascending `rows`, last run first.
template <typename Range> void forEachRunDescending(const std::vector<int> &rows, Range range)
{
    size_t end = rows.size();
    while (end > 0) {
        size_t begin = end - 1;
        while (begin > 0 && rows[begin - 1] == rows[begin] - 1)
            --begin;
        range(rows[begin], rows[end - 1]);
        end = begin;
    }
}

} // namespace

ObjectTableModel::ObjectTableModel(k8s::ResourceType type, QObject *parent)
    : QAbstractTableModel(parent), m_type(std::move(type))
{}

ObjectTableModel::~ObjectTableModel() = default;

void ObjectTableModel::setConnection(ClusterConnection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    clear();
    if (!connection)
        return;
    connect(connection, &ClusterConnection::synced, this,
            [this](const k8s::ResourceType &type, const ObjectList &objects) {
                if (type == m_type)
                    applySync(objects);
            });
    connect(connection, &ClusterConnection::deltas, this,
            [this](const k8s::ResourceType &type, const DeltaList &batch) {
                if (type == m_type)
                    applyDeltas(batch);
            });
}

void ObjectTableModel::clear()
{
    beginResetModel();
    for (const auto &row : m_rows)
        rowStored(row.get(), nullptr);
    m_rows.clear();
    m_rowByKey.clear();
    m_seenNamespaces.clear();
    m_synced = false;
    m_parsing = false;
    ++m_parseGeneration;
    m_waiting.clear();
    endResetModel();
}

void ObjectTableModel::applySync(const ObjectList &objects)
{
    if (m_parsing) {
        m_waiting.clear(); // a whole new list supersedes whatever waited before it
        m_waiting.push_back(Waiting{true, objects, {}});
        return;
    }
    if (static_cast<int>(objects.size()) >= m_backgroundThreshold) {
        startBackgroundParse(true, objects, {});
        return;
    }
    const RowParser parser = rowParser();
    if (!m_synced && m_rows.empty()) {
        Rows rows;
        rows.reserve(objects.size());
        for (const auto &object : objects)
            rows.push_back(parseObject(parser, object));
        resetWith(std::move(rows));
        return;
    }
    m_synced = true;
    std::unordered_set<std::string> listed;
    listed.reserve(objects.size());
    std::vector<Upsert> upserts;
    upserts.reserve(objects.size());
    for (const auto &object : objects) {
        listed.insert(keyOf(object));
        upserts.push_back(Upsert{&object, nullptr});
    }
    std::vector<std::string> removals;
    for (const auto &row : m_rows) {
        if (!listed.count(row->key))
            removals.push_back(row->key);
    }
    applyChanges(std::move(upserts), removals);
}

void ObjectTableModel::applyDeltas(const DeltaList &batch)
{
    if (m_parsing) {
        m_waiting.push_back(Waiting{false, {}, batch});
        return;
    }
    // Only each object's last delta matters; a deleted object is a null upsert.
    std::unordered_map<std::string, const k8s::CachedObject *> latest;
    std::vector<std::string> order;
    latest.reserve(batch.size());
    for (const auto &delta : batch) {
        const k8s::CachedObject *object =
            delta.type == k8s::WatchDelta::Type::Deleted ? nullptr : &delta.object;
        auto [slot, fresh] = latest.emplace(keyOf(delta.object), object);
        if (fresh)
            order.push_back(slot->first);
        else
            slot->second = object;
    }
    std::vector<Upsert> upserts;
    std::vector<std::string> removals;
    for (const auto &key : order) {
        if (const k8s::CachedObject *object = latest[key])
            upserts.push_back(Upsert{object, nullptr});
        else
            removals.push_back(key);
    }
    if (static_cast<int>(upserts.size()) >= m_backgroundThreshold) {
        ObjectList objects;
        objects.reserve(upserts.size());
        for (const auto &upsert : upserts)
            objects.push_back(*upsert.object);
        startBackgroundParse(false, std::move(objects), std::move(removals));
        return;
    }
    applyChanges(std::move(upserts), removals);
}

std::unique_ptr<ObjectRow> ObjectTableModel::parseObject(RowParser parser, const k8s::CachedObject &object)
{
    std::string error;
    auto document = k8s::json::parse(object.json, &error);
    if (!document || !document->IsObject()) {
        qWarning("%s/%s: unreadable JSON (%s)", object.ns.c_str(), object.name.c_str(), error.c_str());
        return nullptr;
    }
    auto row = parser(*document);
    if (!row)
        return nullptr;
    row->key = keyOf(object);
    row->resourceVersion = object.resourceVersion;
    row->ns = QString::fromStdString(object.ns);
    row->name = QString::fromStdString(object.name);
    row->uid = QString::fromStdString(object.uid);
    row->labels = CellFormat::stringMap(*document, "metadata.labels");
    row->created = CellFormat::time(*document, "metadata.creationTimestamp");
    return row;
}

void ObjectTableModel::startBackgroundParse(bool isSync, ObjectList objects,
                                            std::vector<std::string> removals)
{
    m_parsing = true;
    const quint64 generation = ++m_parseGeneration;
    const RowParser parser = rowParser();
    struct Parsed
    {
        Rows rows;
        std::vector<std::string> removals;
    };
    auto parsed = std::make_shared<Parsed>();
    parsed->removals = std::move(removals);
    QPointer<ObjectTableModel> self(this);
    std::thread([self, generation, isSync, parser, parsed, objects = std::move(objects)] {
        parsed->rows.reserve(objects.size());
        for (const auto &object : objects)
            parsed->rows.push_back(parseObject(parser, object));
        QCoreApplication *application = QCoreApplication::instance();
        if (!application)
            return;
        QMetaObject::invokeMethod(
            application,
            [self, generation, isSync, parsed] {
                if (self)
                    self->finishBackgroundParse(generation, isSync, std::move(parsed->removals),
                                                std::move(parsed->rows));
            },
            Qt::QueuedConnection);
    }).detach();
}

void ObjectTableModel::finishBackgroundParse(quint64 generation, bool isSync,
                                             std::vector<std::string> removals, Rows rows)
{
    if (generation != m_parseGeneration)
        return;
    m_parsing = false;
    if (isSync) {
        syncWithRows(std::move(rows));
    } else {
        std::vector<Upsert> upserts;
        upserts.reserve(rows.size());
        for (auto &row : rows) {
            if (row)
                upserts.push_back(Upsert{nullptr, std::move(row)});
        }
        applyChanges(std::move(upserts), removals);
    }
    applyWaiting();
    if (!m_parsing)
        Q_EMIT caughtUp();
}

void ObjectTableModel::applyWaiting()
{
    while (!m_parsing && !m_waiting.empty()) {
        Waiting next = std::move(m_waiting.front());
        m_waiting.erase(m_waiting.begin());
        if (next.isSync)
            applySync(next.objects);
        else
            applyDeltas(next.deltas);
    }
}

void ObjectTableModel::syncWithRows(Rows rows)
{
    if (!m_synced && m_rows.empty()) {
        resetWith(std::move(rows));
        return;
    }
    m_synced = true;
    std::unordered_set<std::string> listed;
    listed.reserve(rows.size());
    std::vector<Upsert> upserts;
    upserts.reserve(rows.size());
    for (auto &row : rows) {
        if (!row)
            continue;
        listed.insert(row->key);
        upserts.push_back(Upsert{nullptr, std::move(row)});
    }
    std::vector<std::string> removals;
    for (const auto &row : m_rows) {
        if (!listed.count(row->key))
            removals.push_back(row->key);
    }
    applyChanges(std::move(upserts), removals);
}

void ObjectTableModel::resetWith(Rows rows)
{
    beginResetModel();
    m_rows.clear();
    m_rowByKey.clear();
    m_rows.reserve(rows.size());
    m_rowByKey.reserve(rows.size());
    for (auto &row : rows) {
        if (!row)
            continue;
        rowStored(nullptr, row.get());
        auto [slot, fresh] = m_rowByKey.emplace(row->key, static_cast<int>(m_rows.size()));
        if (fresh) {
            m_rows.push_back(std::move(row));
        } else {
            rowStored(m_rows[slot->second].get(), nullptr);
            m_rows[slot->second] = std::move(row);
        }
    }
    m_synced = true;
    endResetModel();
    noteNamespaces(0);
}

void ObjectTableModel::applyChanges(std::vector<Upsert> upserts, const std::vector<std::string> &removals)
{
    std::vector<int> removedRows;
    for (const auto &key : removals) {
        auto found = m_rowByKey.find(key);
        if (found != m_rowByKey.end())
            removedRows.push_back(found->second);
    }
    removeRows(std::move(removedRows));

    const RowParser parser = rowParser();
    std::vector<int> changedRows;
    Rows added;
    std::unordered_map<std::string, size_t> addedByKey;
    for (auto &upsert : upserts) {
        const std::string key = upsert.row ? upsert.row->key : keyOf(*upsert.object);
        const std::string version = upsert.row ? upsert.row->resourceVersion : upsert.object->resourceVersion;
        const auto rowOfUpsert = [&upsert, parser] {
            return upsert.row ? std::move(upsert.row) : parseObject(parser, *upsert.object);
        };
        auto existing = m_rowByKey.find(key);
        if (existing != m_rowByKey.end()) {
            std::unique_ptr<ObjectRow> &slot = m_rows[existing->second];
            if (!version.empty() && slot->resourceVersion == version)
                continue;
            auto row = rowOfUpsert();
            if (!row)
                continue;
            rowStored(slot.get(), row.get());
            slot = std::move(row);
            changedRows.push_back(existing->second);
            continue;
        }
        auto row = rowOfUpsert();
        if (!row)
            continue;
        auto [slot, fresh] = addedByKey.emplace(key, added.size());
        if (fresh)
            added.push_back(std::move(row));
        else
            added[slot->second] = std::move(row);
    }

    if (!changedRows.empty()) {
        std::sort(changedRows.begin(), changedRows.end());
        changedRows.erase(std::unique(changedRows.begin(), changedRows.end()), changedRows.end());
        forEachRunDescending(changedRows, [this](int first, int last) {
            Q_EMIT dataChanged(index(first, 0), index(last, columns() - 1));
        });
    }

    if (!added.empty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (auto &row : added) {
            rowStored(nullptr, row.get());
            m_rowByKey.emplace(row->key, static_cast<int>(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
        noteNamespaces(static_cast<size_t>(first));
    }
}

void ObjectTableModel::removeRows(std::vector<int> rows)
{
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    forEachRunDescending(rows, [this](int first, int last) {
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row) {
            rowStored(m_rows[row].get(), nullptr);
            m_rowByKey.erase(m_rows[row]->key);
        }
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
    });
    reindexFrom(rows.front());
}

void ObjectTableModel::reindexFrom(int firstRow)
{
    for (int row = firstRow; row < static_cast<int>(m_rows.size()); ++row)
        m_rowByKey[m_rows[row]->key] = row;
}

void ObjectTableModel::noteNamespaces(size_t fromRow)
{
    QStringList fresh;
    for (size_t i = fromRow; i < m_rows.size(); ++i) {
        const QString &ns = m_rows[i]->ns;
        if (!ns.isEmpty() && !m_seenNamespaces.contains(ns)) {
            m_seenNamespaces.insert(ns);
            fresh.append(ns);
        }
    }
    if (!fresh.isEmpty())
        Q_EMIT namespacesSeen(fresh);
}

int ObjectTableModel::rowOf(const QString &ns, const QString &name) const
{
    auto found = m_rowByKey.find(ns.toStdString() + '/' + name.toStdString());
    return found == m_rowByKey.end() ? -1 : found->second;
}

const ObjectRow *ObjectTableModel::rowAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return m_rows[row].get();
}

void ObjectTableModel::refreshTimes()
{
    if (m_rows.empty())
        return;
    const int last = static_cast<int>(m_rows.size()) - 1;
    for (int column : timeColumns())
        Q_EMIT dataChanged(index(0, column), index(last, column), {Qt::DisplayRole});
}

void ObjectTableModel::rowStored(const ObjectRow *, const ObjectRow *) {}

void ObjectTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, columns() - 1));
}

int ObjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ObjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant ObjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ObjectRow &row = *m_rows[index.row()];
    switch (role) {
    case NamespaceRole:
        return row.ns;
    case NameRole:
        return row.name;
    case ObjectKeyRole:
        return QString::fromStdString(row.key);
    case LabelsRole:
        return row.labels;
    default:
        return cellData(row, index.column(), role);
    }
}

QVariant ObjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns())
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

QHash<int, QByteArray> ObjectTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(NamespaceRole, "namespace");
    names.insert(NameRole, "name");
    names.insert(ObjectKeyRole, "objectKey");
    names.insert(LabelsRole, "labels");
    names.insert(TriggerTypesRole, "triggerTypes");
    names.insert(StateFlagsRole, "stateFlags");
    names.insert(ConditionStatusRole, "conditionStatus");
    names.insert(ConditionReasonRole, "conditionReason");
    names.insert(ConditionMessageRole, "conditionMessage");
    names.insert(ExactTimeRole, "exactTime");
    return names;
}

} // namespace kedascope::models
