using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>
/// Anonymous, as on the original. The stored copies of its page end inside the sample request, after serviceGuid;
/// its tables are complete, so the rest of the sample (messageGuid, attachmentNames) and the response (BaseResponse,
/// as its table names) are completed from them. Each message is queued in the outbox and sent in the background.
/// </summary>
[AllowAnonymous]
[Route("/public/email/", "POST", Summary = "Send email message",
    Notes = "Send an email message or a secure message notification. When MessageGuid is provided, a secure message notification is sent.")]
public class PublicSendEmailMessage : IReturn<BaseResponse>
{
    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? FromEmail { get; set; }

    [ApiMember(DataType = "string", ParameterType = "body")]
    public string? FromName { get; set; }

    [ApiMember(DataType = "String[]", Description = "To, CC or BCC must contain at least 1 valid email address.", ParameterType = "body")]
    public List<string>? To { get; set; }

    [ApiMember(DataType = "String[]", Description = "To, CC or BCC must contain at least 1 valid email address.", ParameterType = "body")]
    public List<string>? Cc { get; set; }

    [ApiMember(DataType = "String[]", Description = "To, CC or BCC must contain at least 1 valid email address.", ParameterType = "body")]
    public List<string>? Bcc { get; set; }

    [ApiMember(DataType = "string", ParameterType = "body")]
    public string? Subject { get; set; }

    [ApiMember(DataType = "string", ParameterType = "body")]
    public string? BodyText { get; set; }

    [ApiMember(DataType = "string", ParameterType = "body")]
    public string? BodyHtml { get; set; }

    [ApiMember(DataType = "String", Description = "Defaults to 'text' if not supplied", ParameterType = "body")]
    [ApiAllowableValues("text", "html")]
    public string? BodyFormat { get; set; }

    [ApiMember(DataType = "Guid", Description = "Service Guid if message is a secure message notification", ParameterType = "body")]
    public Guid? ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "Message Guid if message is a secure message notification", ParameterType = "body")]
    public Guid? MessageGuid { get; set; }

    [ApiMember(DataType = "String[]",
        Description = "List of Attachment names with extensions if message is a secure message notification. If the AttachmentNames is supplied, the MessageGuid needs to be supplied as well",
        ParameterType = "body")]
    public List<string>? AttachmentNames { get; set; }
}
