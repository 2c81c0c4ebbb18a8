// SPDX-License-Identifier: MIT
// libFuzzer target over the JSON decoders of every value type and response, and the encoders
// fed with whatever was decoded. Any crash, hang, sanitizer report or leak is a finding.
#include <cstddef>
#include <cstdint>
#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace {
template<typename T>
void one(const QJsonObject& o)
{
    T v;
    (void)Json::decodeIn(o, {}, v);
    (void)Json::write(v);
}

template<typename T>
void response(const QJsonObject& o)
{
    T v;
    (void)Json::decode(o, v);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QJsonObject o;
    if (!Json::parseObject(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)), o).isEmpty())
        return 0;
    one<Organization>(o);
    one<CurrentUser>(o);
    one<Project>(o);
    one<Branch>(o);
    one<Annotation>(o);
    one<Endpoint>(o);
    one<Database>(o);
    one<Role>(o);
    one<ConnectionUri>(o);
    one<Operation>(o);
    one<MaskingRule>(o);
    one<AnonymizationStatus>(o);
    one<SchemaTable>(o);
    one<ConsumptionSeries>(o);
    response<ProjectPage>(o);
    response<BranchDetails>(o);
    response<CreatedBranch>(o);
    response<BranchOperations>(o);
    response<OperationPage>(o);
    response<BranchSchema>(o);
    response<SchemaDiff>(o);
    response<Json::BranchPage>(o);
    Json::ConsumptionPage page;
    (void)Json::decodeConsumption(o, "projects"_L1, page);
    (void)Json::decodeConsumption(o, "branches"_L1, page);
    QList<Branch> branches;
    (void)Json::decodeListIn(o, "branches"_L1, branches);
    return 0;
}
