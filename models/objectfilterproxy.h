// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

#include <vector>

namespace kedascope::models {

// Filters and sorts any object table (see objectroles.h). The filter text is a list of words that
// must all match: plain text (in the name or namespace), `key=value` (a label), `type:kafka` (a
// trigger type), `ns:team-a` (the namespace), `is:paused|fallback|failing|inactive|active`; a
// leading `-` negates a word. Sorting uses SortRole, so numbers and times sort by value.
class ObjectFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ObjectFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // The namespace chosen next to the filter; empty: all.
    void setNamespace(const QString &ns);
    QString namespaceFilter() const { return m_namespace; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Term
    {
        enum class Kind { Text, Label, TriggerType, Namespace, State, Never };
        Kind kind = Kind::Text;
        QString value;
        int stateFlags = 0;
        bool stateMustBeClear = false; // is:active: the inactive flag must be absent
        bool negated = false;
    };
    static Term parseTerm(QString word);
    bool matches(const Term &term, const QModelIndex &index) const;

    QString m_text;
    QString m_namespace;
    std::vector<Term> m_terms;
};

} // namespace kedascope::models
