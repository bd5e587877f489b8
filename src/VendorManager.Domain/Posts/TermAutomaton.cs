namespace VendorManager.Domain.Posts;

/// <summary>
/// Aho–Corasick automaton over a set of terms: one pass over a text reports every occurrence of every
/// term, overlapping and nested ones included. Built once; afterwards only read, so one instance serves
/// any number of threads.
/// </summary>
/// <remarks>
/// Chinese has tens of thousands of characters, so a full transition table (states × alphabet) would not
/// fit. Characters are first mapped to dense symbols (0: in no term, which always leads back to the
/// root); the root has a dense table, as almost every character of a text starts there; deeper states,
/// which have one or two children, keep their edges sorted in one flat array. Each state's outputs
/// include those of its failure chain, merged at build time, so the scan never walks a chain to report.
/// </remarks>
internal sealed class TermAutomaton
{
    private const int Root = 0;
    private const int LinearSearchLimit = 8;

    private readonly int[] _symbolOf = new int[char.MaxValue + 1];
    private readonly int[] _rootNext;
    private readonly int[] _edgeStart;
    private readonly int[] _edgeSymbol;
    private readonly int[] _edgeTarget;
    private readonly int[] _fail;
    private readonly int[] _outputStart;
    private readonly int[] _outputs;
    private readonly int[] _termLength;

    public TermAutomaton(IReadOnlyList<string> terms)
    {
        _termLength = new int[terms.Count];
        var children = new List<Dictionary<int, int>> { new() };
        var own = new List<List<int>?> { null };
        var symbols = 0;
        for (var term = 0; term < terms.Count; term++)
        {
            var state = Root;
            foreach (var c in terms[term])
            {
                var symbol = _symbolOf[c];
                if (symbol == 0)
                {
                    symbol = _symbolOf[c] = ++symbols;
                }

                if (!children[state].TryGetValue(symbol, out var next))
                {
                    next = children.Count;
                    children[state][symbol] = next;
                    children.Add([]);
                    own.Add(null);
                }

                state = next;
            }

            (own[state] ??= []).Add(term);
            _termLength[term] = terms[term].Length;
        }

        var states = children.Count;
        _rootNext = new int[symbols + 1];
        foreach (var (symbol, next) in children[Root])
        {
            _rootNext[symbol] = next;
        }

        _fail = new int[states];
        var order = BreadthFirst(children);
        foreach (var state in order)
        {
            foreach (var (symbol, child) in children[state])
            {
                _fail[child] = state == Root ? Root : Step(children, _fail[state], symbol);
            }
        }

        (_edgeStart, _edgeSymbol, _edgeTarget) = FlattenEdges(children);
        (_outputStart, _outputs) = MergeOutputs(own, order, _fail);
    }

    public int Length(int term) => _termLength[term];

    /// <summary>Calls <paramref name="report"/> with (start, term) for every occurrence, in order of their ends.</summary>
    public void Scan<TReport>(ReadOnlySpan<char> text, ref TReport report)
        where TReport : struct, IOccurrenceReport
    {
        var state = Root;
        for (var i = 0; i < text.Length; i++)
        {
            state = Next(state, _symbolOf[text[i]]);
            var from = _outputStart[state];
            var to = _outputStart[state + 1];
            for (var k = from; k < to; k++)
            {
                var term = _outputs[k];
                report.Occurred(i + 1 - _termLength[term], term);
            }
        }
    }

    private int Next(int state, int symbol)
    {
        if (symbol == 0)
        {
            return Root;
        }

        while (state != Root)
        {
            var next = Edge(state, symbol);
            if (next != Root)
            {
                return next;
            }

            state = _fail[state];
        }

        return _rootNext[symbol];
    }

    private int Edge(int state, int symbol)
    {
        var from = _edgeStart[state];
        var count = _edgeStart[state + 1] - from;
        var edges = _edgeSymbol.AsSpan(from, count);
        if (count <= LinearSearchLimit)
        {
            var k = edges.IndexOf(symbol);
            return k < 0 ? Root : _edgeTarget[from + k];
        }

        var found = edges.BinarySearch(symbol);
        return found < 0 ? Root : _edgeTarget[from + found];
    }

    // The goto-or-fail step on the trie under construction; failure links of shallower states are set by then.
    private int Step(List<Dictionary<int, int>> children, int state, int symbol)
    {
        while (true)
        {
            if (children[state].TryGetValue(symbol, out var next))
            {
                return next;
            }

            if (state == Root)
            {
                return Root;
            }

            state = _fail[state];
        }
    }

    private static List<int> BreadthFirst(List<Dictionary<int, int>> children)
    {
        var order = new List<int>(children.Count) { Root };
        for (var k = 0; k < order.Count; k++)
        {
            order.AddRange(children[order[k]].Values);
        }

        return order;
    }

    private static (int[] Start, int[] Symbol, int[] Target) FlattenEdges(List<Dictionary<int, int>> children)
    {
        var start = new int[children.Count + 1];
        var edges = children.Sum(c => c.Count);
        var symbol = new int[edges];
        var target = new int[edges];
        var at = 0;
        for (var state = 0; state < children.Count; state++)
        {
            start[state] = at;
            foreach (var (s, t) in children[state].OrderBy(e => e.Key))
            {
                symbol[at] = s;
                target[at] = t;
                at++;
            }
        }

        start[children.Count] = at;
        return (start, symbol, target);
    }

    // A state's outputs: its own terms (the same string, listed more than once) then its failure state's, which are shorter.
    private static (int[] Start, int[] Outputs) MergeOutputs(List<List<int>?> own, List<int> order, int[] fail)
    {
        var merged = new int[own.Count][];
        foreach (var state in order)
        {
            var inherited = state == Root ? [] : merged[fail[state]];
            merged[state] = [.. own[state] ?? [], .. inherited];
        }

        var start = new int[own.Count + 1];
        var outputs = new int[merged.Sum(m => m.Length)];
        var at = 0;
        for (var state = 0; state < own.Count; state++)
        {
            start[state] = at;
            merged[state].CopyTo(outputs, at);
            at += merged[state].Length;
        }

        start[own.Count] = at;
        return (start, outputs);
    }
}

/// <summary>Receives the automaton's occurrences; a struct so the scan's call is inlined, not a delegate call per hit.</summary>
internal interface IOccurrenceReport
{
    void Occurred(int start, int term);
}
