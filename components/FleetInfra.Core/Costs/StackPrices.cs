using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Costs;

/// <summary>
/// The price table a stack is estimated with: the shipped one with an imported table on top, named by
/// <c>--prices</c> or the stack's <c>fleet:priceTable</c>. <c>fleet cost</c>, <c>fleet report</c> and the capacity
/// policies (FI008, FI009) read it the same way.
/// </summary>
public static class StackPrices
{
    /// <summary>The table named by <c>fleet:priceTable</c>, relative to the stack file; the shipped one without it.</summary>
    public static PriceTable? For(Config.StackConfig stack, DiagnosticBag diagnostics) =>
        stack.PriceTable is { } relative
            ? Load(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(stack.SourceFile)) ?? ".", relative), relative, $"{Config.StackKeys.Namespace}:priceTable", SourceLocation.StartOf(stack.SourceFile), diagnostics)
            : PriceTable.Default;

    /// <summary>The shipped table with the file on top; null with an error when the file cannot be read or is malformed.</summary>
    /// <param name="file">The table's path.</param>
    /// <param name="display">The file as messages name it.</param>
    /// <param name="field">What named the file, like <c>--prices</c> or <c>fleet:priceTable</c>.</param>
    /// <param name="namedAt">Where it was named, for an error reading it.</param>
    /// <param name="diagnostics">Receives the one error when the table cannot be used.</param>
    public static PriceTable? Load(string file, string display, string field, SourceLocation namedAt, DiagnosticBag diagnostics)
    {
        try
        {
            return PriceTable.Default.Merge(PriceTable.Parse(File.ReadAllText(file), display).Rows);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(namedAt, field, $"cannot read the price table {display} ({ex.Message}); write one with 'fleet prices import aws|gcp FILE... --out {display}'");
        }
        catch (TableFormatException ex)
        {
            diagnostics.Error(ex.Location, field, ex.Detail);
        }

        return null;
    }
}
