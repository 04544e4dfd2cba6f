using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Rules;

/// <summary>The history rows a status change writes, in the transaction of the change.</summary>
public static class ServiceStatusChanges
{
    public static ServiceStatusChangeRecord Record(CccDbContext db, Guid serviceId, Guid resellerId, Guid partnerId,
        ServiceStatus? from, ServiceStatus to, DateTime changedOn, Guid? changedBy, Guid operationId)
    {
        var record = new ServiceStatusChangeRecord
        {
            Id = Guid.NewGuid(),
            ServiceId = serviceId,
            ResellerId = resellerId,
            PartnerId = partnerId,
            FromStatus = from,
            ToStatus = to,
            ChangedOn = changedOn,
            ChangedByUserId = changedBy,
            OperationId = operationId,
        };
        db.ServiceStatusChanges.Add(record);
        return record;
    }
}
