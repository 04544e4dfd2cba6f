using System.Net;
using CccApi.ServiceInterface.Auth;

namespace CccApi.Tests.Auth;

/// <summary>Which addresses the messaging platform check may connect to, by default and with private targets allowed.</summary>
public sealed class OutboundAddressesTests
{
    [TestCase("93.184.215.14")]
    [TestCase("8.8.8.8")]
    [TestCase("2606:2800:21f:cb07:6820:80da:af6b:8b2c")]
    [TestCase("::ffff:8.8.8.8")]
    public void A_public_address_is_allowed(string address)
    {
        Assert.That(OutboundAddresses.Classify(IPAddress.Parse(address)), Is.EqualTo(OutboundAddresses.Kind.Public));
        Assert.That(OutboundAddresses.IsAllowed(IPAddress.Parse(address), allowPrivateNetwork: false), Is.True);
    }

    [TestCase("127.0.0.1")]
    [TestCase("127.255.0.9")]
    [TestCase("10.1.2.3")]
    [TestCase("172.16.0.1")]
    [TestCase("172.31.255.255")]
    [TestCase("192.168.1.1")]
    [TestCase("100.64.0.1")]
    [TestCase("::1")]
    [TestCase("fc00::1")]
    [TestCase("fd12:3456::1")]
    [TestCase("::ffff:127.0.0.1")]
    [TestCase("::ffff:10.0.0.1")]
    [TestCase("::127.0.0.1")]
    [TestCase("64:ff9b::10.0.0.1")]
    [TestCase("2002:c0a8:0101::1")]
    public void A_loopback_private_or_unique_local_address_is_allowed_only_by_the_setting(string address)
    {
        Assert.That(OutboundAddresses.IsAllowed(IPAddress.Parse(address), allowPrivateNetwork: false), Is.False);
        Assert.That(OutboundAddresses.IsAllowed(IPAddress.Parse(address), allowPrivateNetwork: true), Is.True);
    }

    [TestCase("169.254.169.254")]
    [TestCase("::ffff:169.254.169.254")]
    [TestCase("fe80::1")]
    [TestCase("fec0::1")]
    [TestCase("0.0.0.0")]
    [TestCase("::")]
    [TestCase("224.0.0.1")]
    [TestCase("255.255.255.255")]
    [TestCase("ff02::1")]
    public void A_link_local_multicast_or_unspecified_address_is_never_allowed(string address)
    {
        Assert.That(OutboundAddresses.IsAllowed(IPAddress.Parse(address), allowPrivateNetwork: true), Is.False);
    }

    [TestCase("172.15.0.1")]
    [TestCase("172.32.0.1")]
    [TestCase("100.128.0.1")]
    [TestCase("11.0.0.1")]
    public void The_edges_of_the_private_ranges_are_public(string address)
    {
        Assert.That(OutboundAddresses.Classify(IPAddress.Parse(address)), Is.EqualTo(OutboundAddresses.Kind.Public));
    }
}
