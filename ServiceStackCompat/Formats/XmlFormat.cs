using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.Serialization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ServiceStackCompat.Binding;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Formats;

/// <summary>ServiceStack's XML: the .NET DataContract serializer (element order and dashed Guids are its own).</summary>
public sealed class XmlFormat : WireFormat
{
    private static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
    private readonly ConcurrentDictionary<Type, DataContractSerializer> _serializers = new();

    public override string Name => "xml";

    public override string ContentType => "application/xml";

    public override IReadOnlyList<string> MediaTypes { get; } = ["application/xml", "text/xml"];

    public override string Serialize(object dto, string operationName)
    {
        // Written as UTF-8 bytes so that the declaration says so, then handed over as the text it is.
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
            SerializerFor(dto.GetType()).WriteObject(writer, dto);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public override object Deserialize(ReadOnlySequence<byte> body, TypeModel model, string operationName)
    {
        if (body.IsEmpty) return model.Factory();
        try
        {
            using var text = XmlDictionaryReader.CreateTextReader(body.ToArray(), XmlDictionaryReaderQuotas.Max);
            var document = XDocument.Load(text);
            XmlElementOrder.Normalize(document.Root!, model.Type);
            using var reader = document.CreateReader();
            return SerializerFor(model.Type).ReadObject(reader) ?? model.Factory();
        }
        catch (Exception ex) when (ex is SerializationException or XmlException or FormatException or InvalidCastException or OverflowException)
        {
            throw new RequestBindingException($"Could not deserialize 'application/xml' request using '{operationName}'\nError: {ex.Message}", inner: ex);
        }
    }

    private DataContractSerializer SerializerFor(Type type) => _serializers.GetOrAdd(type, static t => new DataContractSerializer(t));
}
