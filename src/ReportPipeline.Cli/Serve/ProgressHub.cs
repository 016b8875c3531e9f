using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ReportPipeline.Cli.Serve;

/// <summary>Passes each upload's state changes to the event streams its owner has open.</summary>
public sealed class ProgressHub
{
    private readonly ConcurrentDictionary<Channel<string>, string> subscribers = new();

    public ChannelReader<string> Subscribe(string owner, out Action unsubscribe)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        subscribers[channel] = owner;
        unsubscribe = () => { subscribers.TryRemove(channel, out _); channel.Writer.TryComplete(); };
        return channel.Reader;
    }

    public void Publish(Upload upload)
    {
        string message = upload.ToJson().ToJsonString();
        foreach (var (channel, owner) in subscribers)
            if (owner == upload.Owner) channel.Writer.TryWrite(message);
    }
}
