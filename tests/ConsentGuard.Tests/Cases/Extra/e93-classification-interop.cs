using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; set; } = "";
    public int Connections { get; set; }
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

namespace Microsoft.Extensions.Compliance.Classification
{
    public readonly struct DataClassification(string taxonomyName, string value)
    {
        public string TaxonomyName { get; } = taxonomyName;
        public string Value { get; } = value;
    }

    [AttributeUsage(AttributeTargets.All)]
    public class DataClassificationAttribute(DataClassification classification) : Attribute
    {
        public DataClassification Classification { get; } = classification;
    }
}

namespace Contoso.Compliance
{
    using Microsoft.Extensions.Compliance.Classification;

    public sealed class PrivateDataAttribute() : DataClassificationAttribute(new DataClassification("Contoso", "Private"));
    public sealed class EuiiAttribute() : DataClassificationAttribute(new DataClassification("Contoso", "EUII"));
}

namespace Microsoft.AspNetCore.Identity
{
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class ProtectedPersonalDataAttribute : Attribute { }
}

public class Subscriber
{
    public string Id { get; set; } = "";
    [Contoso.Compliance.PrivateData] public string DisplayName { get; set; } = "";
    [Contoso.Compliance.Euii] public string IpAddress { get; set; } = "";
    [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string PhoneNumber { get; set; } = "";
    public string Plan { get; set; } = "";
}

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void DisplayName(Subscriber s) => corpus.Add({|CG0002:s.DisplayName|});

    public void Ip(Subscriber s)
    {
        if (consent.IsGranted(s.Id, Purposes.GenerativeTraining))
            corpus.Add({|CG0002:$"seen from {s.IpAddress}"|});
    }

    public void Phone(Subscriber s)
    {
        if (consent.IsGranted(s.Id, Purposes.GenerativeTraining))
            corpus.Add({|CG0002:s.PhoneNumber|});
    }

    public void Plan(Subscriber s) => corpus.Add(s.Plan);

    public void Id(Subscriber s) => corpus.Add(s.Id);
}
