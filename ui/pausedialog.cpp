// SPDX-License-Identifier: Apache-2.0
#include "ui/pausedialog.h"

#include "ui/pausetext.h"

#include "models/cellformat.h"
#include "models/pausecontroller.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kedascope::ui {

namespace pause = k8s::pause;

namespace {

enum Column { ObjectColumn, CurrentColumn, BecomesColumn, ModeColumn, UntilColumn, NoteColumn, ColumnCount };

QTableWidgetItem *item(const QString &text, const QString &tooltip = {})
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setToolTip(tooltip.isEmpty() ? text : tooltip);
    return cell;
}

} // namespace

PauseDialog::PauseDialog(models::PauseController *controller, pause::Action action, const QString &where,
                         QWidget *parent)
    : QDialog(parent), m_controller(controller), m_action(action)
{
    const bool pausing = action == pause::Action::Pause;
    setWindowTitle(pausing ? tr("Pause Scaling") : tr("Resume Scaling"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(pausing ? tr("<b>Pause KEDA scaling</b> in %1").arg(where.toHtmlEscaped())
                                       : tr("<b>Resume KEDA scaling</b> in %1").arg(where.toHtmlEscaped()));
    layout->addWidget(heading);
    if (pausing) {
        auto *options = new QHBoxLayout;
        options->addWidget(buildModeBox(), 3);
        options->addWidget(buildEndBox(), 2);
        layout->addLayout(options);
    } else {
        auto *explain = new QLabel(tr("Resume restores exactly the annotations Kedascope's pause set, and the "
                                      "values they replaced; other annotations stay as they are."));
        explain->setWordWrap(true);
        layout->addWidget(explain);
    }

    layout->addWidget(new QLabel(tr("What will change:")));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Object"), tr("Current"), tr("Becomes"), tr("Mode"), tr("Until"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(ModeColumn, !pausing);
    m_table->setColumnHidden(UntilColumn, !pausing);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(pausing ? tr("Pause") : tr("Resume"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1040, 540);
    refresh();
}

QWidget *PauseDialog::buildModeBox()
{
    auto *box = new QGroupBox(tr("Mode"), this);
    auto *grid = new QGridLayout(box);
    m_hold = new QRadioButton(tr("&Hold at"), box);
    m_replicas = new QSpinBox(box);
    m_replicas->setRange(0, 10000);
    m_replicas->setSuffix(tr(" replicas"));
    m_freeze = new QRadioButton(tr("&Freeze at the current count"), box);
    m_scaleIn = new QRadioButton(tr("Block scale-&in only"), box);
    m_scaleOut = new QRadioButton(tr("Block scale-&out only"), box);
    m_freeze->setChecked(true);
    m_hold->setToolTip(tr("autoscaling.keda.sh/paused-replicas: KEDA scales the target to this count and removes "
                          "the HPA"));
    m_freeze->setToolTip(tr("autoscaling.keda.sh/paused: scaling stops where it is"));
    m_scaleIn->setToolTip(tr("autoscaling.keda.sh/paused-scale-in: the count may grow, never shrink"));
    m_scaleOut->setToolTip(tr("autoscaling.keda.sh/paused-scale-out: the count may shrink, never grow"));
    auto *group = new QButtonGroup(box);
    for (QRadioButton *button : {m_hold, m_freeze, m_scaleIn, m_scaleOut})
        group->addButton(button);
    grid->addWidget(m_hold, 0, 0);
    grid->addWidget(m_replicas, 0, 1);
    grid->addWidget(m_freeze, 1, 0, 1, 2);
    grid->addWidget(m_scaleIn, 2, 0, 1, 2);
    grid->addWidget(m_scaleOut, 3, 0, 1, 2);
    auto *jobs = new QLabel(tr("ScaledJobs can only be paused entirely; in other modes they stay unchanged."), box);
    jobs->setWordWrap(true);
    jobs->setEnabled(false);
    grid->addWidget(jobs, 4, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    connect(group, &QButtonGroup::buttonToggled, this, [this] { refresh(); });
    connect(m_replicas, &QSpinBox::valueChanged, this, [this] {
        m_hold->setChecked(true);
        refresh();
    });
    return box;
}

QWidget *PauseDialog::buildEndBox()
{
    auto *box = new QGroupBox(tr("Planned end"), this);
    auto *grid = new QGridLayout(box);
    m_noEnd = new QRadioButton(tr("&None"), box);
    m_forEnd = new QRadioButton(tr("F&or"), box);
    m_untilEnd = new QRadioButton(tr("&Until"), box);
    m_forEnd->setChecked(true);
    m_hours = new QSpinBox(box);
    m_hours->setRange(0, 720);
    m_hours->setValue(2);
    m_hours->setSuffix(tr(" h"));
    m_minutes = new QSpinBox(box);
    m_minutes->setRange(0, 59);
    m_minutes->setSuffix(tr(" min"));
    m_until = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(2 * 3600), box);
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    auto *group = new QButtonGroup(box);
    for (QRadioButton *button : {m_noEnd, m_forEnd, m_untilEnd})
        group->addButton(button);
    grid->addWidget(m_noEnd, 0, 0);
    grid->addWidget(m_forEnd, 1, 0);
    grid->addWidget(m_hours, 1, 1);
    grid->addWidget(m_minutes, 1, 2);
    grid->addWidget(m_untilEnd, 2, 0);
    grid->addWidget(m_until, 2, 1, 1, 2);
    m_autoResume = new QCheckBox(tr("&Resume automatically when it ends"), box);
    m_autoResume->setToolTip(tr("While Kedascope runs; otherwise it reminds you. The end is stored on each object "
                                "(kedascope.io/pause-until), so `kedascope-ctl resume --expired` sees it too."));
    grid->addWidget(m_autoResume, 3, 0, 1, 3);
    grid->setColumnStretch(3, 1);
    connect(group, &QButtonGroup::buttonToggled, this, [this] { refresh(); });
    connect(m_hours, &QSpinBox::valueChanged, this, [this] {
        m_forEnd->setChecked(true);
        refresh();
    });
    connect(m_minutes, &QSpinBox::valueChanged, this, [this] {
        m_forEnd->setChecked(true);
        refresh();
    });
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_untilEnd->setChecked(true);
        refresh();
    });
    return box;
}

pause::PauseRequest PauseDialog::request() const
{
    pause::PauseRequest request;
    if (m_action != pause::Action::Pause)
        return request;
    request.mode = m_hold->isChecked()      ? pause::Mode::HoldReplicas
                   : m_scaleIn->isChecked()  ? pause::Mode::BlockScaleIn
                   : m_scaleOut->isChecked() ? pause::Mode::BlockScaleOut
                                             : pause::Mode::Freeze;
    request.replicas = m_replicas->value();
    const auto now = std::chrono::system_clock::now();
    if (m_forEnd->isChecked() && m_hours->value() * 60 + m_minutes->value() > 0)
        request.until = now + std::chrono::minutes(m_hours->value() * 60 + m_minutes->value());
    else if (m_untilEnd->isChecked())
        request.until = std::chrono::system_clock::time_point(
            std::chrono::milliseconds(m_until->dateTime().toMSecsSinceEpoch()));
    return request;
}

bool PauseDialog::autoResume() const
{
    return m_autoResume && m_autoResume->isChecked() && request().until.has_value();
}

void PauseDialog::setMode(pause::Mode mode, int replicas)
{
    m_replicas->setValue(replicas);
    QRadioButton *button = mode == pause::Mode::HoldReplicas   ? m_hold
                           : mode == pause::Mode::BlockScaleIn  ? m_scaleIn
                           : mode == pause::Mode::BlockScaleOut ? m_scaleOut
                                                                : m_freeze;
    button->setChecked(true);
    refresh();
}

void PauseDialog::setDuration(int hours, int minutes)
{
    m_hours->setValue(hours);
    m_minutes->setValue(minutes);
    (hours * 60 + minutes > 0 ? m_forEnd : m_noEnd)->setChecked(true);
    refresh();
}

void PauseDialog::setAutoResume(bool on)
{
    m_autoResume->setChecked(on);
}

void PauseDialog::fillRow(int row, const pause::PlannedChange &change)
{
    const bool scaledJob = change.object.type == k8s::resources::scaledJobs();
    m_table->setItem(row, ObjectColumn, item(PauseText::object(change.object)));
    auto *current = item(PauseText::current(change));
    current->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, CurrentColumn, current);
    auto *becomes = item(PauseText::becomes(change));
    if (!change.willChange())
        becomes->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    m_table->setItem(row, BecomesColumn, becomes);
    m_table->setItem(row, ModeColumn, item(change.willChange() ? PauseText::mode(change.request, scaledJob) : QString()));
    m_table->setItem(row, UntilColumn, item(change.willChange() ? PauseText::until(change) : QString()));
    QString note = QString::fromStdString(change.skipped.empty() ? change.note : change.skipped);
    m_table->setItem(row, NoteColumn, item(note));
}

void PauseDialog::refresh()
{
    if (!m_table)
        return;
    m_plan = m_controller->plan(m_action, request(), std::chrono::system_clock::now());
    const auto &unreadable = m_controller->unreadable();
    m_table->setRowCount(int(m_plan.size() + unreadable.size()));
    int row = 0;
    int changing = 0;
    for (const auto &change : m_plan) {
        fillRow(row++, change);
        changing += change.willChange() ? 1 : 0;
    }
    for (const auto &outcome : unreadable) {
        m_table->setItem(row, ObjectColumn, item(PauseText::object(outcome.change.object)));
        m_table->setItem(row, BecomesColumn, item(tr("cannot be read")));
        m_table->setItem(row, NoteColumn, item(QString::fromStdString(outcome.message)));
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    const bool pausing = m_action == pause::Action::Pause;
    const int unchanged = int(m_plan.size()) - changing;
    QStringList parts;
    parts.append(pausing ? tr("%n object(s) will be paused", nullptr, changing)
                         : tr("%n object(s) will be resumed", nullptr, changing));
    if (unchanged > 0)
        parts.append(tr("%n unchanged", nullptr, unchanged));
    if (!unreadable.empty())
        parts.append(tr("%n could not be read", nullptr, int(unreadable.size())));
    if (!m_controller->readError().isEmpty())
        parts.append(tr("the list failed: %1").arg(m_controller->readError()));
    m_summary->setText(parts.join(tr("; ")) + QLatin1Char('.'));
    m_confirm->setText(pausing ? tr("Pause %n Object(s)", nullptr, changing)
                               : tr("Resume %n Object(s)", nullptr, changing));
    m_confirm->setEnabled(changing > 0);
    if (m_autoResume)
        m_autoResume->setEnabled(!m_noEnd->isChecked());
}

} // namespace kedascope::ui
