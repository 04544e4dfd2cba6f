namespace CccApi.ServiceInterface.Email;

/// <summary>What one PublicSendEmailMessage may hold (the page states no limits). Listed in the README's "Email" section.</summary>
public static class EmailLimits
{
    /// <summary>Addresses in To, Cc and Bcc together (and in each).</summary>
    public const int Recipients = 50;

    /// <summary>RFC 5322 recommends lines of at most 78 characters; a subject is folded, but stays short.</summary>
    public const int Subject = 255;

    /// <summary>Characters in each of BodyText and BodyHtml.</summary>
    public const int Body = 100_000;

    public const int AttachmentNames = 50;

    public const int AttachmentName = 255;
}
