using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
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

namespace Microsoft.AspNetCore.Identity
{
    [AttributeUsage(AttributeTargets.Property)]
    public class PersonalDataAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Property)]
    public sealed class ProtectedPersonalDataAttribute : PersonalDataAttribute { }

    public class IdentityUser
    {
        [PersonalData] public virtual string Id { get; set; } = "";
        [ProtectedPersonalData] public virtual string? UserName { get; set; }
        [ProtectedPersonalData] public virtual string? Email { get; set; }
        public virtual string? SecurityStamp { get; set; }
    }
}

namespace LookAlike
{
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class PersonalDataAttribute : Attribute { }
}

public sealed class AppUser : Microsoft.AspNetCore.Identity.IdentityUser
{
    [Microsoft.AspNetCore.Identity.PersonalData, ConsentPurpose(Purposes.GenerativeTraining)]
    public string Bio { get; set; } = "";

    [LookAlike.PersonalData] public string Theme { get; set; } = "";
}

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void InheritedProtected(AppUser u)
    {
        if (consent.IsGranted(u.Id, Purposes.GenerativeTraining))
            corpus.Add({|CG0002:u.Email ?? ""|});
    }

    public void InheritedUnchecked(AppUser u) => corpus.Add({|CG0002:u.UserName ?? ""|});

    public void InteropWithPurpose(AppUser u)
    {
        if (consent.IsGranted(u.Id, Purposes.GenerativeTraining))
            corpus.Add(u.Bio);
    }

    public void InteropWithPurposeUnchecked(AppUser u) => corpus.Add({|CG0001:u.Bio|});

    public void NotInterop(AppUser u) => corpus.Add(u.Theme);

    public void PlainMember(AppUser u) => corpus.Add(u.SecurityStamp ?? "");
}
