// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/cellformat.h"
#include "models/clusterconnection.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace kedascope::models {

// What every object row holds; each kind derives its own row with the fields its columns show,
// parsed once per resourceVersion.
struct ObjectRow
{
    virtual ~ObjectRow() = default;
    std::string key; // "namespace/name"
    std::string resourceVersion;
    QString ns;
    QString name;
    QString uid;
    QStringList labels; // "key=value"
    TimePoint created;
};

// The table boilerplate for "rows keyed by namespace/name", written once: the first sync resets,
// every later sync or delta batch becomes row-level removes, dataChanged on changed rows and one
// insert at the end. Subclasses parse a row and answer for their columns. Lists and batches of at
// least backgroundParseThreshold() objects are parsed on a worker thread; whatever arrives
// meanwhile waits and is applied in order after them.
class ObjectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ObjectTableModel(k8s::ResourceType type, QObject *parent = nullptr);
    ~ObjectTableModel() override;

    const k8s::ResourceType &resourceType() const { return m_type; }

    // Follows `connection`'s watch of resourceType() (clears the rows; the next sync fills them).
    virtual void setConnection(ClusterConnection *connection);
    ClusterConnection *connection() const { return m_connection; }
    void clear();

    void applySync(const ObjectList &objects);
    void applyDeltas(const DeltaList &batch);
    bool hasSynced() const { return m_synced; }
    // True while a large list or batch is being parsed off the GUI thread.
    bool isParsing() const { return m_parsing; }
    void setBackgroundParseThreshold(int objects) { m_backgroundThreshold = objects; }
    int backgroundParseThreshold() const { return m_backgroundThreshold; }

    int rowOf(const QString &ns, const QString &name) const;
    const ObjectRow *rowAt(int row) const;
    // Tells views that the relative times moved on (the age and last-active texts).
    void refreshTimes();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // Namespaces that appear for the first time in this model.
    void namespacesSeen(const QStringList &namespaces);
    // A background parse, and everything that waited for it, has been applied.
    void caughtUp();

protected:
    virtual int columns() const = 0;
    virtual QString columnTitle(int column) const = 0;
    // A plain function, so that it can run on a worker thread while the model changes or goes.
    using RowParser = std::unique_ptr<ObjectRow> (*)(const k8s::json::Value &object);
    virtual RowParser rowParser() const = 0;
    virtual QVariant cellData(const ObjectRow &row, int column, int role) const = 0;
    virtual QList<int> timeColumns() const { return {}; }
    // A row came, changed or went (`previous` or `current` null); for indexes kept by subclasses.
    virtual void rowStored(const ObjectRow *previous, const ObjectRow *current);
    void emitRowChanged(int row);

    template <typename Row> static const Row &as(const ObjectRow &row)
    {
        return static_cast<const Row &>(row);
    }

private:
    using Rows = std::vector<std::unique_ptr<ObjectRow>>;
    // One change to apply: an object (parsed now) or a row (parsed in the background).
    struct Upsert
    {
        const k8s::CachedObject *object = nullptr;
        std::unique_ptr<ObjectRow> row;
    };
    // A list or batch waiting while a background parse runs.
    struct Waiting
    {
        bool isSync = false;
        ObjectList objects;
        DeltaList deltas;
    };

    static std::unique_ptr<ObjectRow> parseObject(RowParser parser, const k8s::CachedObject &object);
    void startBackgroundParse(bool isSync, ObjectList objects, std::vector<std::string> removals);
    void finishBackgroundParse(quint64 generation, bool isSync, std::vector<std::string> removals, Rows rows);
    void applyWaiting();
    void syncWithRows(Rows rows);
    void resetWith(Rows rows);
    void applyChanges(std::vector<Upsert> upserts, const std::vector<std::string> &removals);
    void removeRows(std::vector<int> rows);
    void reindexFrom(int firstRow);
    void noteNamespaces(size_t fromRow);

    k8s::ResourceType m_type;
    QPointer<ClusterConnection> m_connection;
    std::vector<std::unique_ptr<ObjectRow>> m_rows;
    std::unordered_map<std::string, int> m_rowByKey;
    QSet<QString> m_seenNamespaces;
    bool m_synced = false;
    bool m_parsing = false;
    quint64 m_parseGeneration = 0; // results of a parse started before clear() are dropped
    int m_backgroundThreshold = 2000;
    std::vector<Waiting> m_waiting;
};

} // namespace kedascope::models
