using CccApi.ServiceModel.Annotations;

namespace CccApi.ServiceModel;

public class BaseResponse : IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}
