// SPDX-License-Identifier: Apache-2.0
// Where a TriggerAuthentication takes its parameters from. Only names of references are read:
// a spec may hold credentials (hashiCorpVault.credential, oauth2.clientSecret), which are skipped.
#include "models/objectdetails.h"

#include <QCoreApplication>
#include <QStringList>

namespace kedascope::models::details {

namespace json = k8s::json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ObjectDetails", text);
}

QString field(const Value &item, const char *name)
{
    return stringOf(json::find(item, name));
}

template <typename Describe>
void eachEntry(const Value *entries, const QString &kind, std::vector<AuthSource> &sources, Describe describe)
{
    if (!entries || !entries->IsArray())
        return;
    for (const auto &entry : entries->GetArray())
        sources.push_back({kind, field(entry, "parameter"), describe(entry)});
}

QString podIdentityText(const Value &identity)
{
    QStringList parts{field(identity, "provider")};
    for (const char *name : {"identityId", "identityOwner", "roleArn", "identityTenantId"})
        if (const QString value = field(identity, name); !value.isEmpty())
            parts << QStringLiteral("%1 %2").arg(QLatin1String(name), value);
    return parts.join(QStringLiteral(", "));
}

} // namespace

std::vector<AuthSource> authSources(const Value &spec)
{
    std::vector<AuthSource> sources;
    if (!spec.IsObject())
        return sources;
    eachEntry(json::find(spec, "secretTargetRef"), QStringLiteral("secretTargetRef"), sources,
              [](const Value &e) { return tr("Secret %1, key %2").arg(field(e, "name"), field(e, "key")); });
    eachEntry(json::find(spec, "configMapTargetRef"), QStringLiteral("configMapTargetRef"), sources,
              [](const Value &e) { return tr("ConfigMap %1, key %2").arg(field(e, "name"), field(e, "key")); });
    eachEntry(json::find(spec, "env"), QStringLiteral("env"), sources, [](const Value &e) {
        const QString container = field(e, "containerName");
        return container.isEmpty() ? tr("env %1 of the target's first container").arg(field(e, "name"))
                                   : tr("env %1 in container %2").arg(field(e, "name"), container);
    });
    eachEntry(json::find(spec, "boundServiceAccountToken"), QStringLiteral("boundServiceAccountToken"), sources,
              [](const Value &e) { return tr("token of service account %1").arg(field(e, "serviceAccountName")); });
    if (const Value *identity = json::find(spec, "podIdentity"); identity && identity->IsObject())
        sources.push_back({QStringLiteral("podIdentity"), {}, podIdentityText(*identity)});

    if (const Value *vault = json::find(spec, "hashiCorpVault"); vault && vault->IsObject()) {
        const QString where = tr("Vault %1 (%2 auth)").arg(field(*vault, "address"), field(*vault, "authentication"));
        eachEntry(json::find(*vault, "secrets"), QStringLiteral("hashiCorpVault"), sources,
                  [&where](const Value &e) {
                      return tr("%1: %2, key %3").arg(where, field(e, "path"), field(e, "key"));
                  });
    }
    if (const Value *keyVault = json::find(spec, "azureKeyVault"); keyVault && keyVault->IsObject()) {
        const QString where = tr("Azure Key Vault %1").arg(field(*keyVault, "vaultUri"));
        eachEntry(json::find(*keyVault, "secrets"), QStringLiteral("azureKeyVault"), sources,
                  [&where](const Value &e) { return tr("%1: secret %2").arg(where, field(e, "name")); });
    }
    if (const Value *aws = json::find(spec, "awsSecretManager"); aws && aws->IsObject())
        eachEntry(json::find(*aws, "secrets"), QStringLiteral("awsSecretManager"), sources, [](const Value &e) {
            const QString key = field(e, "secretKey");
            return key.isEmpty() ? tr("AWS Secrets Manager secret %1").arg(field(e, "name"))
                                 : tr("AWS Secrets Manager secret %1, key %2").arg(field(e, "name"), key);
        });
    if (const Value *gcp = json::find(spec, "gcpSecretManager"); gcp && gcp->IsObject())
        eachEntry(json::find(*gcp, "secrets"), QStringLiteral("gcpSecretManager"), sources,
                  [](const Value &e) { return tr("GCP Secret Manager secret %1").arg(field(e, "id")); });
    if (const Value *oauth = json::find(spec, "oauth2"); oauth && oauth->IsObject())
        sources.push_back({QStringLiteral("oauth2"), {},
                           tr("OAuth2 %1 client %2 at %3")
                               .arg(field(*oauth, "type"), field(*oauth, "clientId"), field(*oauth, "tokenUrl"))});
    if (const QString path = field(spec, "filePath"); !path.isEmpty())
        sources.push_back({QStringLiteral("filePath"), {}, tr("file %1 in the KEDA operator").arg(path)});
    return sources;
}

} // namespace kedascope::models::details
