// SPDX-License-Identifier: Apache-2.0
#include "models/objectfilterproxy.h"

#include "models/objectroles.h"

#include <QRegularExpression>

namespace kedascope::models {

ObjectFilterProxy::ObjectFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ObjectFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms.clear();
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList words = text.split(whitespace, Qt::SkipEmptyParts);
    for (const QString &word : words)
        m_terms.push_back(parseTerm(word));
    invalidateFilter();
}

void ObjectFilterProxy::setNamespace(const QString &ns)
{
    if (ns == m_namespace)
        return;
    m_namespace = ns;
    invalidateFilter();
}

ObjectFilterProxy::Term ObjectFilterProxy::parseTerm(QString word)
{
    Term term;
    if (word.size() > 1 && word.startsWith(QLatin1Char('-'))) {
        term.negated = true;
        word.remove(0, 1);
    }
    const auto prefixed = [&word](QLatin1String prefix) {
        return word.startsWith(prefix, Qt::CaseInsensitive) && word.size() > prefix.size();
    };
    if (prefixed(QLatin1String("is:"))) {
        const QString state = word.mid(3).toLower();
        term.kind = Term::Kind::State;
        if (state == QLatin1String("paused"))
            term.stateFlags = PausedState;
        else if (state == QLatin1String("fallback"))
            term.stateFlags = FallbackState;
        else if (state == QLatin1String("failing"))
            term.stateFlags = FailingState;
        else if (state == QLatin1String("inactive"))
            term.stateFlags = InactiveState;
        else if (state == QLatin1String("active")) {
            term.stateFlags = InactiveState;
            term.stateMustBeClear = true;
        } else
            term.kind = Term::Kind::Never; // an unknown state matches nothing rather than everything
    } else if (prefixed(QLatin1String("type:"))) {
        term.kind = Term::Kind::TriggerType;
        term.value = word.mid(5);
    } else if (prefixed(QLatin1String("ns:"))) {
        term.kind = Term::Kind::Namespace;
        term.value = word.mid(3);
    } else if (prefixed(QLatin1String("namespace:"))) {
        term.kind = Term::Kind::Namespace;
        term.value = word.mid(10);
    } else if (word.indexOf(QLatin1Char('=')) > 0) {
        term.kind = Term::Kind::Label;
        term.value = word;
    } else {
        term.value = word;
    }
    return term;
}

bool ObjectFilterProxy::matches(const Term &term, const QModelIndex &index) const
{
    switch (term.kind) {
    case Term::Kind::Text:
        return index.data(NameRole).toString().contains(term.value, Qt::CaseInsensitive) ||
               index.data(NamespaceRole).toString().contains(term.value, Qt::CaseInsensitive);
    case Term::Kind::Label:
        return index.data(LabelsRole).toStringList().contains(term.value);
    case Term::Kind::TriggerType:
        return index.data(TriggerTypesRole).toStringList().contains(term.value, Qt::CaseInsensitive);
    case Term::Kind::Namespace:
        return index.data(NamespaceRole).toString().compare(term.value, Qt::CaseInsensitive) == 0;
    case Term::Kind::State: {
        const int flags = index.data(StateFlagsRole).toInt();
        return term.stateMustBeClear ? (flags & term.stateFlags) == 0 : (flags & term.stateFlags) != 0;
    }
    case Term::Kind::Never:
        return false;
    }
    return false;
}

bool ObjectFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_namespace.isEmpty() && index.data(NamespaceRole).toString() != m_namespace)
        return false;
    for (const Term &term : m_terms) {
        if (matches(term, index) == term.negated)
            return false;
    }
    return true;
}

} // namespace kedascope::models
