// SPDX-License-Identifier: Apache-2.0
#include "ui/prometheusdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

namespace kedascope::ui {

namespace {

enum Auth { NoAuth, BearerAuth, BasicAuth };

QString settingsKey(const QString &context, const char *name)
{
    return QStringLiteral("prometheus/%1/%2").arg(context, QLatin1String(name));
}

} // namespace

PrometheusDialog::PrometheusDialog(const QString &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_url(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_token(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("Skip TLS verification (insecure)"), this))
{
    setWindowTitle(tr("Prometheus Server for %1").arg(context));
    m_url->setPlaceholderText(QStringLiteral("https://prometheus.example.com:9090"));
    m_url->setAccessibleName(tr("Prometheus URL"));
    m_url->setToolTip(tr("The server whose /api/v1/query_range has keda_scaler_metrics_value; empty: none"));
    m_auth->addItem(tr("None"), NoAuth);
    m_auth->addItem(tr("Bearer token"), BearerAuth);
    m_auth->addItem(tr("Basic (user and password)"), BasicAuth);
    m_auth->setAccessibleName(tr("Authentication"));
    connect(m_auth, qOverload<int>(&QComboBox::currentIndexChanged), this, &PrometheusDialog::updateAuthFields);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Bearer token"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_caFile->setPlaceholderText(tr("The system's trust store"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the CA certificate file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA Certificate"), m_caFile->text(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_insecure->setAccessibleName(tr("Skip TLS verification"));

    auto *secrets = new QLabel(tr("The token and the password are kept in memory for this session only; "
                                  "they are never written to the settings or to disk."),
                               this);
    secrets->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QUrl url(m_url->text().trimmed());
        if (!m_url->text().trimmed().isEmpty() &&
            (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))) {
            m_url->setFocus();
            m_url->setToolTip(tr("Give an http:// or https:// URL"));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&CA file:"), caRow);
    form->addRow(QString(), m_insecure);
    form->addRow(secrets);
    form->addRow(buttons);
    setConfig(savedConfig(context));
    resize(520, sizeHint().height());
}

void PrometheusDialog::updateAuthFields()
{
    const int auth = m_auth->currentData().toInt();
    m_token->setEnabled(auth == BearerAuth);
    m_user->setEnabled(auth == BasicAuth);
    m_password->setEnabled(auth == BasicAuth);
}

void PrometheusDialog::setConfig(const k8s::prom::ServerConfig &config)
{
    m_url->setText(QString::fromStdString(config.url));
    m_token->setText(QString::fromStdString(config.bearerToken));
    m_user->setText(QString::fromStdString(config.username));
    m_password->setText(QString::fromStdString(config.password));
    m_caFile->setText(QString::fromStdString(config.caFile));
    m_insecure->setChecked(config.insecureSkipTlsVerify);
    const int auth = !config.username.empty() ? BasicAuth : !config.bearerToken.empty() ? BearerAuth : NoAuth;
    m_auth->setCurrentIndex(m_auth->findData(auth));
    updateAuthFields();
}

k8s::prom::ServerConfig PrometheusDialog::config() const
{
    k8s::prom::ServerConfig config;
    config.url = m_url->text().trimmed().toStdString();
    const int auth = m_auth->currentData().toInt();
    if (auth == BearerAuth)
        config.bearerToken = m_token->text().toStdString();
    if (auth == BasicAuth) {
        config.username = m_user->text().toStdString();
        config.password = m_password->text().toStdString();
    }
    config.caFile = m_caFile->text().trimmed().toStdString();
    config.insecureSkipTlsVerify = m_insecure->isChecked();
    return config;
}

k8s::prom::ServerConfig PrometheusDialog::savedConfig(const QString &context)
{
    QSettings settings;
    k8s::prom::ServerConfig config;
    config.url = settings.value(settingsKey(context, "url")).toString().toStdString();
    config.username = settings.value(settingsKey(context, "user")).toString().toStdString();
    config.caFile = settings.value(settingsKey(context, "caFile")).toString().toStdString();
    config.insecureSkipTlsVerify = settings.value(settingsKey(context, "insecureSkipTlsVerify")).toBool();
    return config;
}

void PrometheusDialog::saveConfig(const QString &context, const k8s::prom::ServerConfig &config)
{
    QSettings settings;
    settings.setValue(settingsKey(context, "url"), QString::fromStdString(config.url));
    settings.setValue(settingsKey(context, "user"), QString::fromStdString(config.username));
    settings.setValue(settingsKey(context, "caFile"), QString::fromStdString(config.caFile));
    settings.setValue(settingsKey(context, "insecureSkipTlsVerify"), config.insecureSkipTlsVerify);
}

} // namespace kedascope::ui
