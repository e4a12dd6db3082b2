using FleetInfra.Core.Quantities;

namespace FleetInfra.Core.Schema;

/// <summary>The value shapes of CPU and memory quantities, as the intent's <c>cpu</c> and <c>memory</c> accept them.</summary>
public static class QuantitySpecs
{
    /// <summary>An unquoted integer of millicores, a fraction of cores, or a quantity text; 10m to 64 cores.</summary>
    public static readonly ValueSpec Cpu = AnyOfSpec.Of(
        new IntegerSpec(CpuQuantity.MinMillicores, CpuQuantity.MaxMillicores),
        new FractionSpec(CpuQuantity.MinMillicores / 1000m, CpuQuantity.MaxMillicores / 1000m),
        TextSpec.Matching(ValuePatterns.CpuQuantity));

    /// <summary>A Kubernetes CPU quantity, where an unquoted integer is cores (headroom): 1 to 64 cores, a fraction of cores, or a quantity text.</summary>
    public static readonly ValueSpec CpuCores = AnyOfSpec.Of(
        new IntegerSpec(1, CpuQuantity.MaxMillicores / 1000),
        new FractionSpec(CpuQuantity.MinMillicores / 1000m, CpuQuantity.MaxMillicores / 1000m),
        TextSpec.Matching(ValuePatterns.CpuQuantity));

    /// <summary>An unquoted integer of MB, or a quantity text; 16Mi to 512Gi.</summary>
    public static readonly ValueSpec Memory = AnyOfSpec.Of(
        new IntegerSpec((int)(MemoryQuantity.MinBytes / MemoryQuantity.Mebibyte), (int)(MemoryQuantity.MaxBytes / MemoryQuantity.Mebibyte)),
        TextSpec.Matching(MemoryQuantity.Pattern));
}
