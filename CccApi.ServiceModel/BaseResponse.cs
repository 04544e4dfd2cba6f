using ServiceStackCompat;

namespace CccApi.ServiceModel;

public class BaseResponse : IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}
