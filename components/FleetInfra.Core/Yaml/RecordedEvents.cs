using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FleetInfra.Core.Yaml;

/// <summary>Parser events already read, replayed in order to build the document model without scanning the text again.</summary>
internal sealed class RecordedEvents(IReadOnlyList<ParsingEvent> events) : IParser
{
    private int _index = -1;

    /// <summary>The current event: null before the first <see cref="MoveNext"/> and after the last, as <see cref="Parser"/> does.</summary>
    public ParsingEvent? Current => _index >= 0 && _index < events.Count ? events[_index] : null;

    public bool MoveNext()
    {
        if (_index < events.Count)
        {
            _index++;
        }

        return _index < events.Count;
    }
}
